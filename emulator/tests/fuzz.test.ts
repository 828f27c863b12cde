import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireVideo } from '@/lib/vod-wire/shapes';
import { EmulatorControl } from '../control-client';
import { type RunningEmulator, startEmulator } from '../server';
import { CATEGORIES } from '../store/categories';
import { type RawResponse, rawFetch, rawV3 } from './support';

let emulator: RunningEmulator;
let control: EmulatorControl;
let targets: string[];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, videos: 60, seed: 11, quiet: true });
  control = new EmulatorControl(emulator.url);
  // Throttling would answer most calls before validation; the fuzz aims at validation.
  await control.setFaults({ throttleQps: 1_000_000 });
  const { videoIds } = await control.listVideoIds(0, 60);
  const { resourceGroupVideoIds } = await control.forbidden();
  targets = videoIds.filter((id) => !resourceGroupVideoIds.includes(id)).slice(0, 3);
});
afterAll(() => emulator.close());

async function snapshot(): Promise<(WireVideo | null)[]> {
  return Promise.all(targets.map((id) => control.getVideo(id)));
}

function expectVodJson(response: RawResponse): void {
  expect(response.headers.get('content-type')).toBe('application/json;charset=utf-8');
  expect(response.json).toBeTypeOf('object');
  if (response.status === 200) {
    expect(response.json).toMatchObject({
      ForbiddenVideoIds: expect.any(Array),
      NonExistVideoIds: expect.any(Array),
    });
  } else {
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(Object.keys(response.json).sort()).toEqual([
      'Code',
      'HostId',
      'Message',
      'Recommend',
      'RequestId',
    ]);
  }
}

/** Sends UpdateContent and checks the answer is VOD JSON and that a rejection changed nothing. */
async function sendUpdate(updateContent: string, inBody: boolean): Promise<RawResponse> {
  const before = await snapshot();
  const response = inBody
    ? await rawV3(emulator, {
        action: 'UpdateVideoInfos',
        body: new URLSearchParams({ UpdateContent: updateContent }).toString(),
        contentType: 'application/x-www-form-urlencoded',
      })
    : await rawV3(emulator, { action: 'UpdateVideoInfos', query: { UpdateContent: updateContent } });
  expectVodJson(response);
  if (response.status !== 200) expect(await snapshot()).toEqual(before);
  return response;
}

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0007b',
    '\u001b[31m',
    'x'.repeat(129),
    '字'.repeat(43),
    '🎬'.repeat(33),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
const tags = fc.oneof(
  fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 20 }).map((list) => list.join(',')),
  fc.constant('a'.repeat(33)),
  fc.constant(Array.from({ length: 17 }, (_, i) => `t${i}`).join(',')),
  hostile,
);
const item = fc.record(
  {
    VideoId: fc.oneof(
      fc.constantFrom(...Array.from({ length: 3 }, (_, i) => i)).map((i) => targets[i]!),
      fc.constant('unknown-id'),
      hostile,
    ),
    ReferenceId: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{4,70}$/), hostile),
    Title: hostile,
    Description: fc.oneof(hostile, fc.constant('d'.repeat(1025))),
    Tags: tags,
    CoverURL: fc.oneof(fc.webUrl(), fc.constant(`https://x.example/${'p'.repeat(1100)}`), hostile),
    CateId: fc.oneof(
      fc.constantFrom(...CATEGORIES.all.map((c) => c.CateId)),
      fc.constant('1000000001'),
      hostile,
    ),
  },
  { requiredKeys: [] },
);

describe('[EMULATOR][FUZZ] UpdateVideoInfos', () => {
  it('answers malformed UpdateContent with JSON and never applies a rejected request', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 6, arbitrary: fc.array(item, { maxLength: 22 }).map((items) => JSON.stringify(items)) },
          { weight: 1, arbitrary: fc.json() },
          { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
          { weight: 1, arbitrary: fc.array(hostile, { maxLength: 5 }).map((items) => JSON.stringify(items)) },
        ),
        fc.boolean(),
        async (updateContent, inBody) => {
          await sendUpdate(updateContent, inBody);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rejects the classic malformed shapes with the documented codes', async () => {
    const cases: [string, string][] = [
      ['not json', 'InvalidParameter'],
      [JSON.stringify({ VideoId: targets[0], Title: 'object, not array' }), 'InvalidParameter'],
      [JSON.stringify([{ VideoId: targets[0], Title: 42 }]), 'InvalidParameter'],
      [JSON.stringify([{ VideoId: targets[0], Title: 't'.repeat(500_000) }]), 'InvalidParameter'],
      [JSON.stringify([{ VideoId: targets[0], Tags: `ok,${'a'.repeat(33)}` }]), 'InvalidParameter'],
      [JSON.stringify([{ VideoId: targets[0], Title: 'bell\u0007' }]), 'InvalidParameter'],
      [JSON.stringify([{ VideoId: targets[0], CateId: 123 }]), 'InvalidParameter'],
      [JSON.stringify([{ Title: 'no locator' }]), 'InvalidParameter'],
      [
        JSON.stringify([
          { VideoId: targets[0], Title: 'valid' },
          { VideoId: targets[1], Title: '' },
        ]),
        'InvalidParameter',
      ],
      ['', 'MissingUpdateContent'],
    ];
    for (const [content, code] of cases) {
      const response = await sendUpdate(content, true);
      expect(response.json.Code, content.slice(0, 60)).toBe(code);
    }
  });

  it('refuses a 10 MB body with a JSON error', async () => {
    const before = await snapshot();
    const items = JSON.stringify([{ VideoId: targets[0], Title: 'huge' }]);
    const body = `UpdateContent=${encodeURIComponent(items)}&Padding=${'x'.repeat(10 * 1024 * 1024)}`;
    const response = await rawV3(emulator, {
      action: 'UpdateVideoInfos',
      body,
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(413);
    expectVodJson(response);
    expect(await snapshot()).toEqual(before);
  });
});

describe('[EMULATOR][FUZZ] HTTP edges', () => {
  it('answers unknown paths, bad methods, huge URLs and broken HTTP with JSON errors', async () => {
    const notFound = await rawFetch(`${emulator.url}/favicon.ico`);
    expect(notFound.status).toBe(404);
    expectVodJson(notFound);

    const put = await rawFetch(`${emulator.url}/`, { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
    expectVodJson(put);

    const huge = await rawFetch(`${emulator.url}/?UpdateContent=${'x'.repeat(2 * 1024 * 1024)}`);
    expect(huge.status).toBe(431);
    expectVodJson(huge);

    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(emulator.port, '127.0.0.1', () => socket.write('GARBAGE\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString();
      });
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)).Code).toBe('BadRequest');

    expect((await control.health()).status).toBe('ok');
  });
});
