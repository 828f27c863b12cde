import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorControl, RecordedRequest } from '@/emulator/control-client';
import { startEmulator } from '@/emulator/server';
import type { LogFields, Logger } from '@/lib/log';
import { busiestWindow } from '@/test/support/busiest-window';
import { type EmulatorProcess, startEmulatorProcess } from '@/test/support/server-process';
import { chunk } from './chunk';
import { createVodClient, type VodClient, type VodClientOptions } from './client';
import { createPacer, MemoryPacerStore, PACER_UTILIZATION, type PacerStore, TIMER_SLACK_MS } from './pacer';
import { runPool } from './pool';
import type { ChunkUpdate, VideoChange } from './types';
import type { UpdateChunkOptions } from './update';

/**
 * lib/vod against the emulator over real HTTP: real signing, real sockets, faults injected through the
 * control API, and the emulator's request log as the record of what was sent. The emulator runs in its own
 * process, as VOD is not inside the app: sharing this process's event loop, it would count a call late
 * whenever the test runner stalls, and count 31 calls sent over 1,040 ms as falling within one second.
 */

const VIDEOS = 3_200;
let emulator: EmulatorProcess;
let control: EmulatorControl;
/** Video IDs the account may update, newest first. */
let ids: string[] = [];
let run = 0;
/** When the current test started: calls that arrived earlier (e.g. slow ones from the previous test) are ignored. */
let since = 0;

function quietLogger() {
  const lines: { level: string; event: string; fields: LogFields }[] = [];
  const record =
    (level: string) =>
    (event: string, fields: LogFields = {}) =>
      lines.push({ level, event, fields });
  const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
  return { logger, lines };
}

/**
 * A client with its own pacer, whose store notes when each UpdateVideoInfos call was let through (`sent`,
 * this process's clock).
 */
function client(overrides: Partial<VodClientOptions> = {}) {
  const { logger, lines } = quietLogger();
  const sent: number[] = [];
  // The store reads its clock before its first await, so each take sees the time its own caller set.
  let clock = 0;
  const store = new MemoryPacerStore(() => clock);
  const recording: PacerStore = {
    async take(key, pace) {
      const now = performance.now();
      clock = now;
      const wait = await store.take(key, pace);
      if (wait === 0 && key.endsWith('|UpdateVideoInfos')) sent.push(now);
      return wait;
    },
  };
  const vod = createVodClient({
    endpoint: emulator.endpoint,
    protocol: 'http',
    credentials: {
      kind: 'static',
      accessKeyId: emulator.accessKeyId,
      accessKeySecret: emulator.accessKeySecret,
    },
    connectTimeoutMs: 2_000,
    readTimeoutMs: 2_000,
    maxAttempts: 6,
    backoff: { baseMs: 20, capMs: 200 },
    logger,
    pacer: createPacer({ store: recording, account: emulator.endpoint }),
    ...overrides,
  });
  return { vod, lines, sent };
}

function titleChanges(videoIds: readonly string[], tag: string): VideoChange[] {
  return videoIds.map((videoId, i) => ({ videoId, changes: { title: `${tag} #${i}` } }));
}

/** Sends any number of changes the way the batch runner does: chunks of 20, several in flight. */
async function updateAll(
  vod: VodClient,
  changes: readonly VideoChange[],
  options: UpdateChunkOptions & { concurrency?: number } = {},
) {
  const chunks = chunk(changes, 20);
  const updates: ChunkUpdate[] = new Array(chunks.length);
  await runPool(chunks, options.concurrency ?? 16, async (items, index) => {
    updates[index] = await vod.updateChunk(items, options);
  });
  return {
    updates,
    outcomes: updates.flatMap((update) => update.outcomes),
    calls: updates.reduce((sum, update) => sum + update.attempts, 0),
  };
}

const recorded = (action: string) => control.requests({ action, since });
const updateCalls = () => recorded('UpdateVideoInfos');
const itemCount = (request: RecordedRequest) =>
  (JSON.parse(request.parameters.UpdateContent ?? '[]') as unknown[]).length;

/** 30 intervals of the pacer's schedule less its timer slack: about 1,040 ms (less a rounding error). */
const PACED_WINDOW_MS = (30 * 1000) / (30 * PACER_UTILIZATION) - TIMER_SLACK_MS - 1e-6;

/**
 * The budget as both ends see it. The pacer never lets 31 calls go within PACED_WINDOW_MS, which leaves
 * about 40 ms for the jitter between sending a call and the emulator counting it. A test runner loaded
 * enough to hold one call back by more than that may see it throttled: it is retried, the only cost.
 */
function expectWithinBudget(sent: readonly number[], requests: readonly RecordedRequest[], answered: number) {
  expect(busiestWindow(sent, PACED_WINDOW_MS)).toBeLessThanOrEqual(30);
  const throttled = requests.filter((c) => c.errorCode === 'Throttling.User').length;
  expect(throttled).toBeLessThanOrEqual(1);
  expect(requests.filter((c) => c.status === 200)).toHaveLength(answered);
  expect(requests).toHaveLength(answered + throttled);
}

async function titleOf(videoId: string): Promise<string | undefined> {
  return (await control.getVideo(videoId))?.Title;
}

beforeAll(async () => {
  emulator = await startEmulatorProcess({ videos: VIDEOS, seed: 7 });
  control = emulator.control;
  const { videoIds } = await control.listVideoIds(0, VIDEOS);
  const { resourceGroupVideoIds } = await control.forbidden();
  const otherGroup = new Set(resourceGroupVideoIds);
  ids = videoIds.filter((id) => !otherGroup.has(id));
});

afterAll(async () => {
  await emulator?.close();
});

beforeEach(async () => {
  run++;
  await control.clearFaults();
  await control.setForbidden([]);
  await control.clearRequests();
  since = Date.now();
});

describe('[vod][integration] updateChunk, chunks in flight as the batch runner sends them', () => {
  it('sends ⌈n/20⌉ calls of at most 20 items, never more than 30 in a second, and saves every video', async () => {
    const { vod, lines, sent } = client();
    const videoIds = ids.slice(0, 1_000);
    const result = await updateAll(vod, titleChanges(videoIds, `r${run}`));

    const calls = await updateCalls();
    expectWithinBudget(sent, calls, Math.ceil(videoIds.length / 20));
    expect(calls.every((c) => itemCount(c) <= 20)).toBe(true);
    expect(result.calls).toBe(calls.length);
    expect(result.outcomes).toHaveLength(1_000);
    expect(result.outcomes.every((o) => o.status === 'updated')).toBe(true);
    expect(result.updates.every((update) => update.requestIds.length === update.attempts)).toBe(true);
    expect(await titleOf(videoIds[999]!)).toBe(`r${run} #999`);
    const logged = lines.filter((l) => l.event === 'vod.call');
    expect(logged).toHaveLength(calls.length);
    expect(logged[0]!.fields).toMatchObject({
      action: 'UpdateVideoInfos',
      items: 20,
      attempt: 1,
      status: 'ok',
    });
    expect(JSON.stringify(lines)).not.toContain(emulator.accessKeySecret);
  });

  it('reports forbidden and vanished videos per item while the rest of the chunk saves', async () => {
    const { vod } = client();
    const videoIds = ids.slice(3_000, 3_010);
    await control.setForbidden([videoIds[2]!]);
    await control.deleteVideo(videoIds[5]!);
    const { outcomes } = await updateAll(vod, titleChanges(videoIds, `r${run}`));
    expect(outcomes.map((o) => o.status)).toEqual([
      'updated',
      'updated',
      'forbidden',
      'updated',
      'updated',
      'not_found',
      'updated',
      'updated',
      'updated',
      'updated',
    ]);
    expect(await titleOf(videoIds[9]!)).toBe(`r${run} #9`);
  });

  it('halves a chunk rejected for one bad item, so 19 save and the bad one carries the server message', async () => {
    const { vod } = client();
    const videoIds = ids.slice(1_100, 1_120);
    const before = await titleOf(videoIds[7]!);
    const changes = titleChanges(videoIds, `r${run}`);
    changes[7] = { videoId: videoIds[7]!, changes: { title: 'x'.repeat(200) } };
    const { outcomes } = await updateAll(vod, changes);

    expect(outcomes.filter((o) => o.status === 'updated')).toHaveLength(19);
    expect(outcomes[7]).toMatchObject({
      videoId: videoIds[7],
      status: 'failed',
      error: { code: 'InvalidParameter', retryable: false },
    });
    expect(outcomes[7]!.error!.message).toMatch(/UpdateContent\[0\]\.Title/);
    expect(outcomes[7]!.requestId).toMatch(/\S/);
    expect(await titleOf(videoIds[7]!)).toBe(before);
    expect(await titleOf(videoIds[8]!)).toBe(`r${run} #8`);
    const calls = await updateCalls();
    expect(calls.length).toBeLessThanOrEqual(1 + 2 * Math.ceil(Math.log2(20)));
    expect(calls.every((c) => itemCount(c) <= 20)).toBe(true);
  });

  it('rides out throttling by honouring x-acs-retry-after through the pacer', async () => {
    await control.setFaults({ throttleQps: 5 });
    const { vod } = client({ maxAttempts: 10 });
    const videoIds = ids.slice(1_200, 1_400);
    const { outcomes, updates } = await updateAll(vod, titleChanges(videoIds, `r${run}`));
    const calls = await updateCalls();
    expect(calls.some((c) => c.errorCode === 'Throttling.User')).toBe(true);
    // Each chunk tells how many of its calls were throttled, for the batch's timeline.
    const throttled = calls.filter((c) => c.errorCode === 'Throttling.User').length;
    expect(updates.reduce((sum, update) => sum + update.throttled, 0)).toBe(throttled);
    expect(calls.filter((c) => c.status === 200)).toHaveLength(10);
    expect(outcomes.every((o) => o.status === 'updated')).toBe(true);
    expect(await titleOf(videoIds[199]!)).toBe(`r${run} #199`);
  });

  it('retries a burst of 5xx answers and ends with every video saved', async () => {
    await control.setFaults({
      failNext: 12,
      failCode: 'ServiceUnavailable',
      failStatus: 503,
      actions: ['UpdateVideoInfos'],
    });
    const { vod } = client();
    const videoIds = ids.slice(1_400, 1_500);
    const { outcomes, calls } = await updateAll(vod, titleChanges(videoIds, `r${run}`));
    expect(outcomes.every((o) => o.status === 'updated')).toBe(true);
    expect(calls).toBe(5 + 12);
    const recorded = await updateCalls();
    expect(recorded.filter((c) => c.errorCode === 'ServiceUnavailable')).toHaveLength(12);
    expect(recorded.filter((c) => c.status === 200)).toHaveLength(5);
  });

  it('reports every video unknown (may have applied) when 5xx answers outlast the attempts', async () => {
    await control.setFaults({
      failRate: 1,
      failCode: 'InternalError',
      failStatus: 500,
      actions: ['UpdateVideoInfos'],
    });
    const { vod } = client({ maxAttempts: 3 });
    const videoIds = ids.slice(1_500, 1_540);
    const before = await titleOf(videoIds[0]!);
    const { outcomes, calls } = await updateAll(vod, titleChanges(videoIds, `r${run}`));
    expect(calls).toBe(2 * 3);
    expect(
      outcomes.every((o) => o.status === 'unknown' && o.error?.code === 'InternalError' && o.error.retryable),
    ).toBe(true);
    expect(outcomes[0]!.requestId).toMatch(/\S/);
    expect(await titleOf(videoIds[0]!)).toBe(before);
  });

  it('retries responses slower than the read timeout and saves once the latency drops', async () => {
    await control.setFaults({ latencyMs: 1_000, actions: ['UpdateVideoInfos'] });
    const { vod, lines } = client({
      readTimeoutMs: 300,
      connectTimeoutMs: 300,
      maxAttempts: 8,
      backoff: { baseMs: 100, capMs: 400 },
    });
    const videoIds = ids.slice(1_600, 1_660);
    const saving = updateAll(vod, titleChanges(videoIds, `r${run}`));
    setTimeout(() => void control.clearFaults(), 800);
    const { outcomes } = await saving;
    expect(outcomes.every((o) => o.status === 'updated')).toBe(true);
    expect(lines.some((l) => l.fields.status === 'RequestTimeout')).toBe(true);
    expect(JSON.stringify(lines)).not.toContain('UpdateContent');
    expect(await titleOf(videoIds[59]!)).toBe(`r${run} #59`);
  });

  it('reports timeouts as unknown (the answer never arrived) when the latency never drops', async () => {
    await control.setFaults({ latencyMs: 800, actions: ['UpdateVideoInfos'] });
    const { vod } = client({ readTimeoutMs: 200, connectTimeoutMs: 200, maxAttempts: 2 });
    const videoIds = ids.slice(1_700, 1_720);
    const { outcomes, calls } = await updateAll(vod, titleChanges(videoIds, `r${run}`));
    expect(calls).toBe(2);
    expect(
      outcomes.every(
        (o) => o.status === 'unknown' && o.error?.code === 'RequestTimeout' && o.error.retryable,
      ),
    ).toBe(true);
    expect(outcomes[0]!.error!.message).not.toContain('?');
  });

  it('reports a dead endpoint as a retryable connection failure for every video', async () => {
    const doomed = await startEmulator({ port: 0, videos: 10, quiet: true });
    await doomed.close();
    const { vod } = client({ endpoint: doomed.endpoint, maxAttempts: 3 });
    const started = performance.now();
    const { outcomes, calls } = await updateAll(vod, titleChanges(ids.slice(0, 30), `r${run}`));
    expect(calls).toBe(2 * 3);
    expect(outcomes).toHaveLength(30);
    expect(
      outcomes.every(
        (o) => o.status === 'failed' && o.error?.code === 'ConnectionFailed' && o.error.retryable,
      ),
    ).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('lets a small save interleave with a large one instead of waiting for it to finish', async () => {
    const { vod, sent } = client();
    const timed = async (changes: VideoChange[]) => {
      const result = await updateAll(vod, changes);
      return { result, finishedAt: performance.now() };
    };
    const [large, small] = await Promise.all([
      timed(titleChanges(ids.slice(0, 2_400), `large r${run}`)),
      timed(titleChanges(ids.slice(2_400, 2_600), `small r${run}`)),
    ]);
    expect(large.result.outcomes.every((o) => o.status === 'updated')).toBe(true);
    expect(small.result.outcomes.every((o) => o.status === 'updated')).toBe(true);
    expect(small.finishedAt).toBeLessThan(large.finishedAt - 1_000);
    expectWithinBudget(sent, await updateCalls(), 120 + 10);
  });
});

describe('[vod][integration] credentials', () => {
  it('signs with an STS token and keeps the secret and token out of logs', async () => {
    const sts = await control.issueSts();
    const { vod, lines } = client({
      credentials: { kind: 'static', ...sts },
    });
    const { outcomes } = await updateAll(vod, titleChanges(ids.slice(2_700, 2_705), `sts r${run}`));
    expect(outcomes.every((o) => o.status === 'updated')).toBe(true);
    const text = JSON.stringify(lines);
    expect(text).not.toContain(sts.accessKeySecret);
    expect(text).not.toContain(sts.securityToken);
  });

  it('finds keys through the default credential chain (environment variables)', async () => {
    const saved = {
      id: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
      secret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    };
    process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = emulator.accessKeyId;
    process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = emulator.accessKeySecret;
    try {
      const { vod } = client({ credentials: { kind: 'default-chain' } });
      const { videos } = await vod.getVideos(ids.slice(0, 3));
      expect(videos).toHaveLength(3);
    } finally {
      for (const [name, value] of [
        ['ALIBABA_CLOUD_ACCESS_KEY_ID', saved.id],
        ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', saved.secret],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('fails every video with a final error when the keys are wrong', async () => {
    const { vod } = client({
      credentials: { kind: 'static', accessKeyId: emulator.accessKeyId, accessKeySecret: 'wrong' },
    });
    const { outcomes, calls } = await updateAll(vod, titleChanges(ids.slice(0, 25), `r${run}`));
    expect(calls).toBe(2);
    expect(outcomes.every((o) => o.error?.code === 'SignatureDoesNotMatch' && !o.error.retryable)).toBe(true);
  });
});

describe('[vod][integration] reads', () => {
  it('getVideos fetches any number of IDs 20 per call and names the missing ones', async () => {
    const { vod } = client();
    const wanted = [...ids.slice(0, 45), 'does-not-exist-1', ids[3]!];
    const { videos, missingIds } = await vod.getVideos(wanted);
    expect(videos.map((v) => v.id)).toEqual(ids.slice(0, 45));
    expect(missingIds).toEqual(['does-not-exist-1']);
    expect(videos[0]).toMatchObject({ id: ids[0], status: expect.any(String), tags: expect.any(Array) });
    const calls = await recorded('GetVideoInfos');
    expect(calls.map((c) => c.parameters.VideoIds!.split(',').length).sort()).toEqual([20, 20, 6]);
  });

  it('searchVideos pages with scroll tokens and iterateVideos visits every match once', async () => {
    const { vod } = client();
    const { total } = await control.listVideoIds(0, 0);
    const first = await vod.searchVideos({}, { pageSize: 100 });
    expect(first.total).toBe(total);
    expect(first.videos).toHaveLength(100);
    expect(first.scrollToken).not.toBeNull();
    const seen = new Set<string>();
    for await (const video of vod.iterateVideos({ sort: 'CreationTime:Asc' }, { pageSize: 100 }))
      seen.add(video.id);
    expect(seen.size).toBe(total);
  });

  it('searchVideos keeps hostile text inside its literal and filters by IDs', async () => {
    const { vod } = client();
    await control.putVideo(ids[10]!, { Title: `it's a \\ (test) or Title = 'x' r${run}` });
    const hostile = await vod.searchVideos({ text: `it's a \\ (test) or Title = 'x' r${run}` });
    expect(hostile.videos.map((v) => v.id)).toEqual([ids[10]]);
    const byId = await vod.searchVideos({ videoIds: ids.slice(0, 150) }, { pageSize: 100 });
    expect(byId.total).toBe(150);
  });

  it('searchVideos matches a category with its sub-categories as an or-group', async () => {
    const { vod } = client();
    const parent = (await vod.getCategories()).find((node) => node.children.length > 0)!;
    const child = parent.children[0]!;
    await control.putVideo(ids[11]!, { CateId: child.id, Title: `Subcategory marker r${run}` });
    const text = `Subcategory marker r${run}`;
    const widened = await vod.searchVideos({
      text,
      cateIds: [parent.id, ...parent.children.map((c) => c.id)],
    });
    expect(widened.videos.map((v) => v.id)).toEqual([ids[11]]);
    expect((await vod.searchVideos({ text, cateId: parent.id })).videos).toEqual([]);
  });

  it('getCategories returns the whole tree with paths and serves repeats from its cache', async () => {
    const { vod } = client();
    const tree = await vod.getCategories();
    expect(tree.length).toBeGreaterThan(0);
    const walk = (nodes: typeof tree): number =>
      nodes.reduce((count, node) => {
        expect(node.path.at(-1)).toBe(node.name);
        expect(node.path).toHaveLength(node.level + (tree[0]!.level === 0 ? 1 : 0));
        return count + 1 + walk(node.children);
      }, 0);
    expect(walk(tree)).toBeGreaterThan(tree.length);
    const callsAfterFirst = (await recorded('GetCategories')).length;
    await vod.getCategories();
    expect((await recorded('GetCategories')).length).toBe(callsAfterFirst);
  });
});
