import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmulatorControl, EmulatorControlError } from '../control-client';
import { type RunningEmulator, startEmulator } from '../server';
import { errorOf, openApiCaller } from './support';

let emulator: RunningEmulator;
let control: EmulatorControl;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, videos: 120, seed: 8, quiet: true, host: '0.0.0.0' });
  control = new EmulatorControl(emulator.url);
});
afterAll(() => emulator.close());

describe('[EMULATOR][CONTROL]', () => {
  it('reports health and resets to a new library', async () => {
    expect(await control.health()).toEqual({ status: 'ok', videos: 120, seed: 8 });
    expect(await control.reset({ seed: 9, videos: 30 })).toEqual({ seed: 9, videos: 30 });
    expect((await control.health()).videos).toBe(30);
    await control.reset({ seed: 8, videos: 120 });
  });

  it('records every call with its outcome, filterable by action and time', async () => {
    await control.clearRequests();
    const call = openApiCaller(emulator, 'v3');
    const before = new Date();
    await call('GetCategories', {});
    await errorOf(call('GetVideoInfo', { VideoId: 'nope' }));
    const all = await control.requests();
    expect(all.map((r) => r.action)).toEqual(['GetCategories', 'GetVideoInfo']);
    expect(all[1]).toMatchObject({
      accessKeyId: emulator.accessKeyId,
      parameters: { VideoId: 'nope' },
      status: 404,
      errorCode: 'InvalidVideo.NotFound',
    });
    expect(all[1]!.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(JSON.stringify(all)).not.toContain(emulator.accessKeySecret);
    expect(await control.requests({ action: 'GetCategories' })).toHaveLength(1);
    expect(await control.requests({ since: new Date(Date.now() + 60_000) })).toEqual([]);
    expect((await control.requests({ since: before.toISOString() })).length).toBe(2);
    await control.clearRequests();
    expect(await control.requests()).toEqual([]);
  });

  it('reads, changes, creates and deletes videos as someone else would', async () => {
    const { videoIds } = await control.listVideoIds(0, 1);
    const id = videoIds[0]!;
    const changed = await control.putVideo(id, { Title: 'Changed elsewhere', CateId: 1000000002 });
    expect(changed).toMatchObject({ VideoId: id, Title: 'Changed elsewhere', CateId: 1000000002 });
    const read = await openApiCaller(emulator, 'v3')('GetVideoInfos', { VideoIds: id });
    expect(read.VideoList[0]).toEqual(await control.getVideo(id));
    await control.deleteVideo(id);
    expect(await control.getVideo(id)).toBeNull();
    expect((await control.putVideo(id, { Title: 'Back again' })).Title).toBe('Back again');
    await expect(control.putVideo(id, { Title: 1 } as never)).rejects.toBeInstanceOf(EmulatorControlError);
  });

  it('forbids videos for the demo account', async () => {
    const { videoIds } = await control.listVideoIds(0, 1);
    await control.setForbidden(videoIds);
    const result = await openApiCaller(emulator, 'v1')('UpdateVideoInfos', {
      UpdateContent: JSON.stringify([{ VideoId: videoIds[0], Title: 'nope' }]),
    });
    expect(result.ForbiddenVideoIds).toEqual(videoIds);
    await control.setForbidden([]);
  });

  it('injects failures and latency, then clears them', async () => {
    const call = openApiCaller(emulator, 'v3');
    // By default the injected failure is VOD's 503, spelled as VOD's documentation spells it.
    await control.setFaults({ failNext: 2, actions: ['GetCategories'] });
    const first = await errorOf(call('GetCategories', {}));
    expect(first.code).toBe('ServiceUnAvailable');
    expect(first.data.statusCode).toBe(503);
    expect((await errorOf(call('GetCategories', {}))).code).toBe('ServiceUnAvailable');
    expect((await call('GetCategories', {})).SubTotal).toBeGreaterThan(0);

    await control.setFaults({ latencyMs: 400 });
    const started = Date.now();
    await call('GetCategories', {});
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    await control.clearFaults();
    await expect(control.setFaults({ failRate: 2 })).rejects.toBeInstanceOf(EmulatorControlError);
  });

  it('refuses control calls from a non-loopback address', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (!external) return;
    const response = await fetch(`http://${external.address}:${emulator.port}/_emulator/health`);
    expect(response.status).toBe(403);
    expect((await response.json()).Code).toBe('Forbidden');
  });
});
