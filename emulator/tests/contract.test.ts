import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EmulatorControl } from '../control-client';
import { DEMO_SECURITY_TOKEN, DEMO_STS_ACCESS_KEY_ID, DEMO_STS_ACCESS_KEY_SECRET } from '../demo-account';
import { type RunningEmulator, startEmulator } from '../server';
import { type Caller, errorOf, openApiCaller, popCoreCaller } from './support';

const STS_KEY = {
  accessKeyId: DEMO_STS_ACCESS_KEY_ID,
  accessKeySecret: DEMO_STS_ACCESS_KEY_SECRET,
  securityToken: DEMO_SECURITY_TOKEN,
};

let emulator: RunningEmulator;
let control: EmulatorControl;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, videos: 300, seed: 7, quiet: true });
  control = new EmulatorControl(emulator.url);
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await control.reset();
});

const CLIENTS: [string, () => Caller][] = [
  ['openapi-client ACS3', () => openApiCaller(emulator, 'v3')],
  ['openapi-client RPC V1', () => openApiCaller(emulator, 'v1')],
  ['openapi-client ACS3 + STS', () => openApiCaller(emulator, 'v3', STS_KEY)],
  ['openapi-client RPC V1 + STS', () => openApiCaller(emulator, 'v1', STS_KEY)],
  ['pop-core RPC V1', () => popCoreCaller(emulator)],
  ['pop-core RPC V1 + STS', () => popCoreCaller(emulator, STS_KEY)],
];

/** Ids of updatable videos, newest first. */
async function editableIds(count: number): Promise<string[]> {
  const { videoIds } = await control.listVideoIds(0, 100);
  const { resourceGroupVideoIds } = await control.forbidden();
  return videoIds.filter((id) => !resourceGroupVideoIds.includes(id)).slice(0, count);
}

describe.each(CLIENTS)('[EMULATOR][CONTRACT] %s', (_name, makeCaller) => {
  let call: Caller;
  beforeEach(() => {
    call = makeCaller();
  });

  it('lists videos with SearchMedia, GetVideoList and GetCategories', async () => {
    const search = await call('SearchMedia', {
      PageNo: '2',
      PageSize: '25',
      SortBy: 'CreationTime:Desc',
      Fields: 'Snapshots',
    });
    expect(search.RequestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(search.Total).toBe(300);
    expect(search.MediaList).toHaveLength(25);
    expect(search.ScrollToken).toMatch(/^[0-9a-f]{32}$/);
    const { videoIds } = await control.listVideoIds(25, 25);
    expect(search.MediaList.map((m: { MediaId: string }) => m.MediaId)).toEqual(videoIds);
    expect(Array.isArray(search.MediaList[0].Video.Snapshots)).toBe(true);

    const list = await call('GetVideoList', { PageSize: '5', Status: 'Normal' });
    expect(list.VideoList.Video).toHaveLength(5);
    expect(list.VideoList.Video.every((v: { Status: string }) => v.Status === 'Normal')).toBe(true);
    expect(list.VideoList.Video[0].Snapshots).toHaveProperty('Snapshot');

    const roots = await call('GetCategories', { CateId: '-1', PageSize: '100' });
    expect(roots.SubTotal).toBe(roots.SubCategories.Category.length);
    const root = roots.SubCategories.Category[0];
    expect(root).toMatchObject({ Level: 0, ParentId: -1 });
    const children = await call('GetCategories', { CateId: String(root.CateId) });
    expect(children.Category).toMatchObject({ CateId: root.CateId, Level: 0 });
    expect(
      children.SubCategories.Category.every((c: { ParentId: number }) => c.ParentId === root.CateId),
    ).toBe(true);
  });

  it('reads a batch with GetVideoInfos and lists unknown IDs', async () => {
    const ids = await editableIds(3);
    const body = await call('GetVideoInfos', { VideoIds: [...ids, 'no-such-video'].join(',') });
    expect(body.VideoList.map((v: { VideoId: string }) => v.VideoId)).toEqual(ids);
    expect(body.NonExistVideoIds).toEqual(['no-such-video']);
    expect(body.NonExistReferenceIds).toEqual([]);
    const stored = await control.getVideo(ids[0]!);
    expect(body.VideoList[0]).toEqual(stored);
  });

  it('updates 20 videos in one call and bumps ModificationTime', async () => {
    const ids = await editableIds(20);
    const before = Date.now() - 1000;
    const content = ids.map((id, i) => ({
      VideoId: id,
      Title: `Batch title ${i} 批量 🎬`,
      Tags: ' a , b,c ',
    }));
    const body = await call('UpdateVideoInfos', { UpdateContent: JSON.stringify(content) });
    expect(body).toMatchObject({ ForbiddenVideoIds: [], NonExistVideoIds: [], NonExistReferenceIds: [] });
    for (const [i, id] of ids.entries()) {
      const video = await control.getVideo(id);
      expect(video?.Title).toBe(`Batch title ${i} 批量 🎬`);
      expect(video?.Tags).toBe('a,b,c');
      expect(Date.parse(video!.ModificationTime!)).toBeGreaterThanOrEqual(before - (before % 1000));
    }
  });

  it('changes only the fields present', async () => {
    const [id] = await editableIds(1);
    const before = (await control.getVideo(id!))!;
    await call('UpdateVideoInfos', {
      UpdateContent: JSON.stringify([{ VideoId: id, Description: "new 'desc' (x) *" }]),
    });
    const after = (await control.getVideo(id!))!;
    expect(after.Description).toBe("new 'desc' (x) *");
    const { Description: _d, ModificationTime: _m, ...rest } = after;
    const { Description: _bd, ModificationTime: _bm, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
  });

  it('reports forbidden and unknown IDs while applying the rest', async () => {
    const [id] = await editableIds(1);
    const { resourceGroupVideoIds } = await control.forbidden();
    const forbidden = resourceGroupVideoIds[0]!;
    const forbiddenTitle = (await control.getVideo(forbidden))!.Title;
    const body = await call('UpdateVideoInfos', {
      UpdateContent: JSON.stringify([
        { VideoId: id, Title: 'Applied' },
        { VideoId: forbidden, Title: 'Denied' },
        { VideoId: 'missing-video', Title: 'Nowhere' },
        { ReferenceId: 'no-such-reference', Title: 'Nowhere' },
      ]),
    });
    expect(body.ForbiddenVideoIds).toEqual([forbidden]);
    expect(body.NonExistVideoIds).toEqual(['missing-video']);
    expect(body.NonExistReferenceIds).toEqual(['no-such-reference']);
    expect((await control.getVideo(id!))!.Title).toBe('Applied');
    expect((await control.getVideo(forbidden))!.Title).toBe(forbiddenTitle);
  });

  it('sets, locates by and protects ReferenceIds', async () => {
    const [first, second] = await editableIds(2);
    await call('UpdateVideoInfos', {
      UpdateContent: JSON.stringify([{ VideoId: first, ReferenceId: 'contract-ref-1' }]),
    });
    expect((await control.getVideo(first!))!.ReferenceId).toBe('contract-ref-1');

    await call('UpdateVideoInfos', {
      UpdateContent: JSON.stringify([{ ReferenceId: 'contract-ref-1', Title: 'Found by reference' }]),
    });
    expect((await control.getVideo(first!))!.Title).toBe('Found by reference');

    const byReference = await call('GetVideoInfos', { ReferenceIds: 'contract-ref-1,unknown-ref' });
    expect(byReference.VideoList[0].VideoId).toBe(first);
    expect(byReference.NonExistReferenceIds).toEqual(['unknown-ref']);

    const duplicate = await errorOf(
      call('UpdateVideoInfos', {
        UpdateContent: JSON.stringify([{ VideoId: second, ReferenceId: 'contract-ref-1', Title: 'Never' }]),
      }),
    );
    expect(duplicate.code).toBe('InvalidParameter');
    expect((await control.getVideo(second!))!.Title).not.toBe('Never');

    const badPattern = await errorOf(
      call('UpdateVideoInfos', {
        UpdateContent: JSON.stringify([{ VideoId: second, ReferenceId: 'bad ref!' }]),
      }),
    );
    expect(badPattern.code).toBe('InvalidParameter');

    // Swapping within one request is fine: uniqueness is judged on the result.
    await call('UpdateVideoInfos', {
      UpdateContent: JSON.stringify([
        { VideoId: first, ReferenceId: 'contract-ref-2' },
        { VideoId: second, ReferenceId: 'contract-ref-1' },
      ]),
    });
    expect((await control.getVideo(second!))!.ReferenceId).toBe('contract-ref-1');
  });

  it('answers VOD errors the client understands', async () => {
    const items = Array.from({ length: 21 }, (_, i) => ({ VideoId: `v${i}`, Title: 'x' }));
    expect((await errorOf(call('UpdateVideoInfos', { UpdateContent: JSON.stringify(items) }))).code).toBe(
      'CountExceededMax',
    );
    expect((await errorOf(call('UpdateVideoInfos', {}))).code).toBe('MissingUpdateContent');
    expect((await errorOf(call('GetVideoInfo', { VideoId: 'nope' }))).code).toBe('InvalidVideo.NotFound');
    expect((await errorOf(call('DeleteMezzanines', { VideoIds: 'x' }))).code).toBe('InvalidAction.NotFound');
    expect((await errorOf(call('GetCategories', { CateId: '42' }))).code).toBe('InvalidCateId.NotFound');
  });
});
