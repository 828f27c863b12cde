import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmulatorControl } from '../control-client';
import { type RunningEmulator, startEmulator } from '../server';
import { type Caller, errorOf, openApiCaller } from './support';

let emulator: RunningEmulator;
let control: EmulatorControl;
let call: Caller;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, videos: 5600, seed: 21, quiet: true });
  control = new EmulatorControl(emulator.url);
  await control.setFaults({ throttleQps: 1_000_000 });
  call = openApiCaller(emulator, 'v3');
});
afterAll(() => emulator.close());

describe('[EMULATOR][SEARCH] SearchMedia', () => {
  it('caps plain paging at 5,000 records and traverses everything with ScrollToken', async () => {
    const capped = await errorOf(call('SearchMedia', { PageNo: '51', PageSize: '100' }));
    expect(capped.code).toBe('InvalidParameter');
    expect((await call('SearchMedia', { PageNo: '50', PageSize: '100' })).MediaList).toHaveLength(100);

    const seen: string[] = [];
    let token = '';
    for (let pageNo = 1; ; pageNo++) {
      const page = await call('SearchMedia', {
        PageNo: String(pageNo),
        PageSize: '100',
        ...(token ? { ScrollToken: token } : {}),
      });
      expect(page.Total).toBe(5600);
      if (page.MediaList.length === 0) break;
      seen.push(...page.MediaList.map((m: { MediaId: string }) => m.MediaId));
      token = page.ScrollToken;
    }
    expect(seen).toHaveLength(5600);
    expect(new Set(seen).size).toBe(5600);
    const { videoIds } = await control.listVideoIds(0, 10_000);
    expect(seen).toEqual(videoIds);
  });

  it('refuses a ScrollToken from another search or too far from the requested page', async () => {
    const first = await call('SearchMedia', { PageSize: '100', Match: "Status = 'Normal'" });
    expect(
      (await errorOf(call('SearchMedia', { PageNo: '2', PageSize: '100', ScrollToken: first.ScrollToken })))
        .code,
    ).toBe('InvalidParameter');
    const far = await errorOf(
      call('SearchMedia', {
        PageNo: '40',
        PageSize: '100',
        Match: "Status = 'Normal'",
        ScrollToken: first.ScrollToken,
      }),
    );
    expect(far.code).toBe('InvalidParameter');
  });

  it('filters with Match, sorts ascending and answers VideoId lookups', async () => {
    const { videoIds } = await control.listVideoIds(0, 3);
    const byIds = await call('SearchMedia', {
      Match: `VideoId in (${videoIds.map((id) => `'${id}'`).join(',')})`,
    });
    expect(byIds.Total).toBe(3);
    expect(byIds.MediaList.map((m: { MediaId: string }) => m.MediaId)).toEqual(videoIds);

    const ascending = await call('SearchMedia', { PageSize: '5', SortBy: 'CreationTime:Asc' });
    const times = ascending.MediaList.map((m: { CreationTime: string }) => m.CreationTime);
    expect([...times].sort()).toEqual(times);

    const year = await call('SearchMedia', {
      PageSize: '100',
      Fields: 'Status',
      Match:
        "CreationTime = ['2022-01-01T00:00:00Z','2022-12-31T23:59:59Z'] and (Status = Normal or Status = Checking)",
    });
    expect(year.Total).toBeGreaterThan(0);
    for (const media of year.MediaList) {
      expect(media.CreationTime.startsWith('2022')).toBe(true);
      expect(['Normal', 'Checking']).toContain(media.Video.Status);
    }
    expect(
      (await errorOf(call('SearchMedia', { Match: "Title = 'x' and Status = Normal or CateId = 1" }))).code,
    ).toBe('ErrorMatchSyntax');
    expect((await errorOf(call('SearchMedia', { PageSize: '101' }))).code).toBe('InvalidParameter');
  });

  it('returns only the basic fields unless Fields asks for more', async () => {
    const basic = await call('SearchMedia', { PageSize: '3' });
    for (const media of basic.MediaList) {
      expect(Object.keys(media.Video).sort()).toEqual(['CreationTime', 'VideoId']);
      expect(media).toMatchObject({ MediaType: 'video', MediaId: media.Video.VideoId });
    }
    const more = await call('SearchMedia', { PageSize: '3', Fields: 'Title,Tags, Status,NoSuchField' });
    for (const media of more.MediaList) {
      expect(Object.keys(media.Video).sort()).toEqual(
        ['CreationTime', 'Status', 'Title', 'VideoId', ...('Tags' in media.Video ? ['Tags'] : [])].sort(),
      );
    }
  });

  it('answers ErrorMatchSyntax for a bad Match and SortByExceededMax for several SortBy fields with ScrollToken', async () => {
    expect((await errorOf(call('SearchMedia', { Match: "Title = 'unclosed" }))).code).toBe(
      'ErrorMatchSyntax',
    );
    const first = await call('SearchMedia', {
      PageSize: '10',
      SortBy: 'CreationTime:Desc,ModificationTime:Asc',
    });
    const scrolled = await errorOf(
      call('SearchMedia', {
        PageNo: '2',
        PageSize: '10',
        SortBy: 'CreationTime:Desc,ModificationTime:Asc',
        ScrollToken: first.ScrollToken,
      }),
    );
    expect(scrolled).toMatchObject({ code: 'SortByExceededMax', data: { statusCode: 400 } });
  });

  it('sees edits right away (results are cached per library version)', async () => {
    const { videoIds } = await control.listVideoIds(0, 1);
    const id = videoIds[0]!;
    const match = "Title = 'zebra-crossing-unique'";
    expect((await call('SearchMedia', { Match: match })).Total).toBe(0);
    await control.putVideo(id, { Title: 'A zebra-crossing-unique title' });
    expect((await call('SearchMedia', { Match: match })).MediaList[0].MediaId).toBe(id);
  });
});
