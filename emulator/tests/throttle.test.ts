import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestWindow } from '@/test/support/busiest-window';
import { EmulatorControl } from '../control-client';
import { type RunningEmulator, startEmulator } from '../server';
import { Throttle } from '../throttle';
import { openApiCaller, rawV3 } from './support';

let emulator: RunningEmulator;
let control: EmulatorControl;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, videos: 200, seed: 5, quiet: true });
  control = new EmulatorControl(emulator.url);
});
afterAll(() => emulator.close());

describe('[EMULATOR][THROTTLE] per-account QPS', () => {
  it('lets at most 30 of 60 simultaneous UpdateVideoInfos through per second and applies none of the rest', async () => {
    await control.reset();
    const { videoIds } = await control.listVideoIds(0, 200);
    const { resourceGroupVideoIds } = await control.forbidden();
    const ids = videoIds.filter((id) => !resourceGroupVideoIds.includes(id)).slice(0, 60);
    const titles = new Map(
      await Promise.all(ids.map(async (id) => [id, (await control.getVideo(id))!.Title] as const)),
    );
    const call = openApiCaller(emulator, 'v3');

    const results = await Promise.allSettled(
      ids.map((id) =>
        call('UpdateVideoInfos', {
          UpdateContent: JSON.stringify([{ VideoId: id, Title: `throttle ${id}` }]),
        }),
      ),
    );
    const succeeded = ids.filter((_, i) => results[i]!.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(succeeded.length).toBeGreaterThan(0);
    expect(succeeded.length).toBeLessThanOrEqual(30);
    for (const failure of rejected) {
      expect(failure.reason.code).toBe('Throttling.User');
      expect(failure.reason.statusCode).toBe(400);
    }

    const log = await control.requests({ action: 'UpdateVideoInfos' });
    const admitted = log.filter((r) => r.status === 200).map((r) => Date.parse(r.time));
    expect(busiestWindow(admitted, 1000)).toBeLessThanOrEqual(30);

    for (const [i, id] of ids.entries()) {
      const title = (await control.getVideo(id))!.Title;
      expect(title).toBe(results[i]!.status === 'fulfilled' ? `throttle ${id}` : titles.get(id));
    }
  });

  it('answers Throttling.User with x-acs-retry-after in milliseconds', async () => {
    await control.setFaults({ throttleQps: 1 });
    try {
      const first = await rawV3(emulator, { action: 'GetCategories' });
      const second = await rawV3(emulator, { action: 'GetCategories' });
      expect(first.status).toBe(200);
      expect(second.status).toBe(400);
      expect(second.json.Code).toBe('Throttling.User');
      const retryAfter = Number(second.headers.get('x-acs-retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(1000);
    } finally {
      await control.clearFaults();
    }
  });
});

describe('[EMULATOR][THROTTLE] the request log', () => {
  it('times a call when the throttle counted it: a body sent 400 ms after its headers is logged when it came', async () => {
    await control.clearRequests();
    const sentAt = Date.now();
    const answer = await rawV3(emulator, {
      action: 'GetCategories',
      body: 'CateId=-1',
      contentType: 'application/x-www-form-urlencoded',
      bodyDelayMs: 400,
    });
    expect(answer.status).toBe(200);
    const [logged] = await control.requests({ action: 'GetCategories' });
    expect(Date.parse(logged!.time)).toBeGreaterThanOrEqual(sentAt + 400);
  });
});

describe('[EMULATOR][THROTTLE] sliding window', () => {
  it('admits the limit per rolling second and reports when the next call fits', () => {
    const throttle = new Throttle();
    for (let i = 0; i < 30; i++) expect(throttle.admit('a', 'UpdateVideoInfos', 1000 + i * 10).ok).toBe(true);
    expect(throttle.admit('a', 'UpdateVideoInfos', 1500)).toEqual({ ok: false, retryAfterMs: 500 });
    expect(throttle.admit('b', 'UpdateVideoInfos', 1500).ok).toBe(true);
    expect(throttle.admit('a', 'GetVideoInfos', 1500).ok).toBe(true);
    expect(throttle.admit('a', 'UpdateVideoInfos', 2000).ok).toBe(true);
    expect(throttle.admit('a', 'UpdateVideoInfos', 2001).ok).toBe(false);
    expect(throttle.admit('a', 'UpdateVideoInfos', 2010).ok).toBe(true);
  });
});
