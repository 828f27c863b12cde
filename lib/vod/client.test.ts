import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogFields, Logger } from '@/lib/log';
import { createVodClient, type VodClientOptions } from './client';
import { createPacer, MemoryPacerStore } from './pacer';
import type { VideoChange } from './types';

/**
 * The client against a scripted HTTP server: real @alicloud/openapi-client, real sockets, answers chosen
 * per request. (Integration tests against the emulator live in *.integration.test.ts.)
 */

interface Received {
  action: string;
  query: URLSearchParams;
  at: number;
}

type Answer = {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  raw?: string;
};

const SECRET = 'scripted-secret-value';
const servers: http.Server[] = [];

async function scripted(answer: (request: Received, index: number) => Answer) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const request = {
      action: String(req.headers['x-acs-action']),
      query: new URL(req.url ?? '/', 'http://x').searchParams,
      at: performance.now(),
    };
    received.push(request);
    const reply = answer(request, received.length - 1);
    setTimeout(() => {
      if (res.destroyed) return;
      res.writeHead(reply.status, { 'content-type': 'application/json;charset=utf-8', ...reply.headers });
      res.end(
        reply.raw ?? JSON.stringify({ RequestId: `REQ-${received.length}`, ...(reply.body as object) }),
      );
    }, reply.delayMs ?? 0);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { endpoint: `127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

function memoryLogger() {
  const lines: string[] = [];
  const record = (level: string) => (event: string, fields?: LogFields) =>
    lines.push(JSON.stringify({ level, event, ...fields }));
  const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
  return { logger, lines };
}

function client(endpoint: string, overrides: Partial<VodClientOptions> = {}) {
  const { logger, lines } = memoryLogger();
  const vod = createVodClient({
    endpoint,
    protocol: 'http',
    credentials: {
      kind: 'static',
      accessKeyId: 'AKID',
      accessKeySecret: SECRET,
      securityToken: 'sts-token-value',
    },
    connectTimeoutMs: 1_000,
    readTimeoutMs: 1_000,
    maxAttempts: 4,
    backoff: { baseMs: 5, capMs: 20 },
    pacer: createPacer({ store: new MemoryPacerStore(), account: endpoint }),
    logger,
    ...overrides,
  });
  return { vod, lines };
}

const ok = { ForbiddenVideoIds: [], NonExistVideoIds: [], NonExistReferenceIds: [] };
const changes = (n: number, prefix = 'v'): VideoChange[] =>
  Array.from({ length: n }, (_, i) => ({ videoId: `${prefix}${i}`, changes: { title: `T${i}` } }));
const sentIds = (r: Received) =>
  (JSON.parse(r.query.get('UpdateContent') ?? '[]') as { VideoId: string }[]).map((item) => item.VideoId);

describe('[vod][client] updateChunk over HTTP', () => {
  it('sends one call of at most 20 items and reports every video, its attempts and request ids', async () => {
    const server = await scripted(() => ({ status: 200, body: ok }));
    const { vod, lines } = client(server.endpoint);
    const sends: number[] = [];
    const result = await vod.updateChunk(changes(20), { onSend: () => sends.push(Date.now()) });
    expect(server.received).toHaveLength(1);
    expect(sentIds(server.received[0]!)).toHaveLength(20);
    expect(JSON.parse(server.received[0]!.query.get('UpdateContent')!)[0]).toEqual({
      VideoId: 'v0',
      Title: 'T0',
    });
    expect(result).toMatchObject({ attempts: 1, requestIds: ['REQ-1'] });
    expect(result.outcomes).toHaveLength(20);
    expect(result.outcomes.every((o) => o.status === 'updated' && o.requestId?.startsWith('REQ-'))).toBe(
      true,
    );
    expect(sends).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      event: 'vod.call',
      action: 'UpdateVideoInfos',
      attempt: 1,
      status: 'ok',
    });
  });

  it('refuses more than 20 videos or a video twice, sending nothing', async () => {
    const server = await scripted(() => ({ status: 200, body: ok }));
    const { vod } = client(server.endpoint);
    await expect(vod.updateChunk(changes(21))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(vod.updateChunk([...changes(2), ...changes(1)])).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    expect(server.received).toHaveLength(0);
  });

  it('retries 503s and throttling, honouring x-acs-retry-after, then saves', async () => {
    const server = await scripted((_r, i) =>
      i === 0
        ? { status: 503, body: { Code: 'ServiceUnavailable', Message: 'busy' } }
        : i === 1
          ? {
              status: 400,
              body: { Code: 'Throttling.User', Message: 'slow down' },
              headers: { 'x-acs-retry-after': '300' },
            }
          : { status: 200, body: ok },
    );
    const { vod } = client(server.endpoint);
    const result = await vod.updateChunk(changes(3));
    expect(result.outcomes.map((o) => o.status)).toEqual(['updated', 'updated', 'updated']);
    expect(server.received).toHaveLength(3);
    expect(server.received[2]!.at - server.received[1]!.at).toBeGreaterThanOrEqual(295);
    expect(result).toMatchObject({ attempts: 3, requestIds: ['REQ-1', 'REQ-2', 'REQ-3'] });
  });

  it('reports a chunk whose 5xx answers persist as unknown: the change may have been applied', async () => {
    const server = await scripted(() => ({ status: 500, body: { Code: 'InternalError', Message: 'oops' } }));
    const { vod } = client(server.endpoint, { maxAttempts: 3 });
    const result = await vod.updateChunk(changes(2));
    expect(server.received).toHaveLength(3);
    expect(result.outcomes[0]).toEqual({
      videoId: 'v0',
      status: 'unknown',
      requestId: 'REQ-3',
      error: { code: 'InternalError', message: 'oops', retryable: true },
    });
  });

  it('reports throttling that outlasts the attempts as a retryable failure: a throttled call is not applied', async () => {
    const server = await scripted(() => ({
      status: 400,
      body: { Code: 'Throttling.User', Message: 'slow down' },
    }));
    const { vod } = client(server.endpoint, { maxAttempts: 2, backoff: { baseMs: 1, capMs: 2 } });
    const result = await vod.updateChunk(changes(1));
    expect(result.outcomes[0]).toMatchObject({
      status: 'failed',
      error: { code: 'Throttling.User', retryable: true },
    });
  });

  it('fails every video of a call refused as a whole', async () => {
    const server = await scripted(() => ({ status: 403, body: { Code: 'Forbidden.RAM', Message: 'no' } }));
    const { vod } = client(server.endpoint);
    const { outcomes } = await vod.updateChunk(changes(20));
    expect(outcomes.every((o) => o.status === 'failed' && o.error?.code === 'Forbidden.RAM')).toBe(true);
    expect(server.received).toHaveLength(1);
  });

  it('halves a chunk rejected for one bad item until the item stands alone', async () => {
    const server = await scripted((r) =>
      sentIds(r).includes('v13')
        ? { status: 400, body: { Code: 'InvalidParameter', Message: 'UpdateContent[13].Title is too long' } }
        : { status: 200, body: ok },
    );
    const { vod } = client(server.endpoint);
    const { outcomes, attempts } = await vod.updateChunk(changes(20));
    expect(outcomes.filter((o) => o.status === 'updated')).toHaveLength(19);
    expect(outcomes[13]).toMatchObject({
      videoId: 'v13',
      status: 'failed',
      error: { code: 'InvalidParameter', message: 'UpdateContent[13].Title is too long', retryable: false },
    });
    // The chunk, then two halves per split on the way down 20 → 10 → 5 → 2 → 1.
    expect(attempts).toBe(1 + 2 * 4);
    expect(server.received.every((r) => sentIds(r).length <= 20)).toBe(true);
  });

  it('reports a read timeout as unknown, without the URL, when it persists', async () => {
    const server = await scripted(() => ({ status: 200, body: ok, delayMs: 600 }));
    const { vod, lines } = client(server.endpoint, {
      readTimeoutMs: 200,
      connectTimeoutMs: 200,
      maxAttempts: 2,
    });
    const { outcomes } = await vod.updateChunk(changes(1));
    expect(server.received).toHaveLength(2);
    expect(outcomes[0]).toMatchObject({
      status: 'unknown',
      error: { code: 'RequestTimeout', retryable: true },
    });
    expect(outcomes[0]!.error!.message).not.toContain('UpdateContent');
    expect(lines.join('\n')).not.toContain('UpdateContent');
  });

  it('reports a refused connection as a retryable failure: nothing reached VOD', async () => {
    const server = await scripted(() => ({ status: 200, body: ok }));
    const dead = server.endpoint;
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
    const { vod } = client(dead, { maxAttempts: 2 });
    const { outcomes } = await vod.updateChunk(changes(2));
    expect(outcomes.map((o) => [o.status, o.error?.code, o.error?.retryable])).toEqual([
      ['failed', 'ConnectionFailed', true],
      ['failed', 'ConnectionFailed', true],
    ]);
  });

  it('sends nothing once the signal has fired', async () => {
    const server = await scripted(() => ({ status: 200, body: ok }));
    const { vod } = client(server.endpoint);
    const controller = new AbortController();
    controller.abort();
    const result = await vod.updateChunk(changes(5), { signal: controller.signal });
    expect(result.outcomes.every((o) => o.status === 'failed' && o.error?.code === 'Aborted')).toBe(true);
    expect(server.received).toHaveLength(0);
  });

  it('keeps the secret and token out of every log line and outcome', async () => {
    const server = await scripted(() => ({
      status: 400,
      body: { Code: 'SignatureDoesNotMatch', Message: `server string to sign is: ${SECRET} sts-token-value` },
    }));
    const { vod, lines } = client(server.endpoint);
    const { outcomes } = await vod.updateChunk(changes(1));
    const everything = JSON.stringify(outcomes) + lines.join('\n');
    expect(everything).toContain('SignatureDoesNotMatch');
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain('sts-token-value');
  });
});

describe('[vod][client] reads over HTTP', () => {
  const wireVideo = (id: string) => ({
    VideoId: id,
    Title: `T ${id}`,
    Status: 'Normal',
    CreationTime: '2024-01-01T00:00:00Z',
  });

  it('reads answers tolerantly: unknown Status, null lists, numbers as strings, missing fields, one log line each', async () => {
    const server = await scripted((r) => {
      if (r.action === 'GetCategories') {
        return r.query.get('CateId') === '-1'
          ? {
              status: 200,
              body: {
                SubTotal: '1',
                SubCategories: {
                  Category: [{ CateId: '100', CateName: 'News', Level: '0', ParentId: '-1', SubTotal: '0' }],
                },
              },
            }
          : { status: 200, body: { SubCategories: null } };
      }
      return {
        status: 200,
        body: {
          VideoList: [
            { VideoId: 'a', Title: 'A', Status: 'Archived', CreationTime: '2024-01-01T00:00:00Z' },
            { VideoId: 'b', Title: 'B', Status: 'Normal', CateId: '7', Duration: '12.5', Size: null },
            { VideoId: 'c', Status: 'Normal', Tags: null, CreationTime: '2024-01-01T00:00:00Z' },
          ],
          NonExistVideoIds: null,
          NonExistReferenceIds: null,
        },
      };
    });
    const { vod, lines } = client(server.endpoint);
    const { videos, missingIds } = await vod.getVideos(['a', 'b', 'c']);
    expect(missingIds).toEqual([]);
    expect(videos.map((v) => [v.id, v.status, v.cateId, v.durationSec, v.creationTime, v.title])).toEqual([
      ['a', 'Unknown', null, null, '2024-01-01T00:00:00Z', 'A'],
      ['b', 'Normal', 7, 12.5, '', 'B'],
      ['c', 'Normal', null, null, '2024-01-01T00:00:00Z', ''],
    ]);
    const notes = lines.filter((line) => line.includes('vod.response_defaults'));
    expect(notes).toHaveLength(1);
    expect(JSON.parse(notes[0]!)).toMatchObject({ level: 'warn', action: 'GetVideoInfos', count: 6 });

    const tree = await vod.getCategories();
    expect(tree).toEqual([{ id: 100, name: 'News', level: 0, parentId: -1, path: ['News'], children: [] }]);
  });

  it('getVideos asks 20 IDs per call and lists the missing ones', async () => {
    const server = await scripted((r) => {
      const ids = (r.query.get('VideoIds') ?? '').split(',');
      const present = ids.filter((id) => !id.endsWith('7'));
      return {
        status: 200,
        body: { VideoList: present.map(wireVideo), NonExistVideoIds: ids.filter((id) => id.endsWith('7')) },
      };
    });
    const { vod } = client(server.endpoint);
    const ids = Array.from({ length: 45 }, (_, i) => `v${i}`);
    const { videos, missingIds } = await vod.getVideos([...ids, 'v1']);
    expect(server.received.map((r) => r.query.get('VideoIds')!.split(',').length).sort()).toEqual([
      20, 20, 5,
    ]);
    expect(missingIds).toEqual(['v7', 'v17', 'v27', 'v37']);
    expect(videos.map((v) => v.id)).toEqual(ids.filter((id) => !id.endsWith('7')));
  });

  it('searchVideos sends the Match, page size and position, and chains scroll tokens', async () => {
    const server = await scripted((r) => {
      const pageNo = Number(r.query.get('PageNo'));
      const count = pageNo < 3 ? 2 : 1;
      return {
        status: 200,
        body: {
          Total: 5,
          ScrollToken: 'a'.repeat(32),
          MediaList: Array.from({ length: count }, (_, i) => {
            const id = `p${pageNo}-${i}`;
            const { VideoId: _omit, ...video } = wireVideo(id);
            return { MediaType: 'video', MediaId: id, CreationTime: video.CreationTime, Video: video };
          }),
        },
      };
    });
    const { vod } = client(server.endpoint);
    const first = await vod.searchVideos({ text: "it's" }, { pageSize: 2 });
    expect(first.total).toBe(5);
    expect(first.videos.map((v) => v.id)).toEqual(['p1-0', 'p1-1']);
    expect(server.received[0]!.query.get('Match')).toBe(
      "(Title = 'it\\'s' or Tags = 'it\\'s' or Description = 'it\\'s')",
    );
    expect(server.received[0]!.query.get('ScrollToken')).toBeNull();
    const all: string[] = [];
    for await (const video of vod.iterateVideos({}, { pageSize: 2 })) all.push(video.id);
    expect(all).toEqual(['p1-0', 'p1-1', 'p2-0', 'p2-1', 'p3-0']);
    expect(server.received.slice(1).map((r) => [r.query.get('PageNo'), r.query.get('ScrollToken')])).toEqual([
      ['1', null],
      ['2', 'a'.repeat(32)],
      ['3', 'a'.repeat(32)],
    ]);
  });

  it('searchVideos refuses a token it did not issue without calling VOD, and keeps the page size of a traversal', async () => {
    const server = await scripted(() => ({ status: 200, body: { Total: 0, MediaList: [] } }));
    const { vod } = client(server.endpoint);
    await expect(vod.searchVideos({}, { scrollToken: 'garbage' })).rejects.toMatchObject({
      name: 'VodError',
      code: 'InvalidArgument',
    });
    await expect(vod.searchVideos({}, { scrollToken: `2.500.${'a'.repeat(32)}` })).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    expect(server.received).toHaveLength(0);
    await vod.searchVideos({}, { scrollToken: `3.25.${'b'.repeat(32)}`, pageSize: 100 });
    expect(
      Object.fromEntries(
        ['PageNo', 'PageSize', 'ScrollToken'].map((k) => [k, server.received[0]!.query.get(k)]),
      ),
    ).toEqual({
      PageNo: '3',
      PageSize: '25',
      ScrollToken: 'b'.repeat(32),
    });
  });

  it('getCategories walks the levels with paging, builds paths and caches the tree', async () => {
    const tree: Record<
      string,
      { CateId: number; CateName: string; Level: number; ParentId: number; SubTotal: number }[]
    > = {
      '-1': Array.from({ length: 150 }, (_, i) => ({
        CateId: i + 1,
        CateName: `Root${i + 1}`,
        Level: 0,
        ParentId: -1,
        SubTotal: i === 0 ? 1 : 0,
      })),
      '1': [{ CateId: 1000, CateName: 'Child', Level: 1, ParentId: 1, SubTotal: 1 }],
      '1000': [{ CateId: 2000, CateName: 'Grandchild', Level: 2, ParentId: 1000, SubTotal: 0 }],
    };
    const server = await scripted((r) => {
      const all = tree[r.query.get('CateId')!] ?? [];
      const pageNo = Number(r.query.get('PageNo'));
      const size = Number(r.query.get('PageSize'));
      return {
        status: 200,
        body: {
          SubTotal: all.length,
          SubCategories: { Category: all.slice((pageNo - 1) * size, pageNo * size) },
        },
      };
    });
    const { vod } = client(server.endpoint);
    const [roots, again] = await Promise.all([vod.getCategories(), vod.getCategories()]);
    expect(again).toBe(roots);
    expect(roots).toHaveLength(150);
    expect(roots[0]!.children[0]!.children[0]).toMatchObject({
      id: 2000,
      path: ['Root1', 'Child', 'Grandchild'],
    });
    // Two pages of roots, then only the categories that have children.
    expect(server.received).toHaveLength(4);
    await vod.getCategories();
    expect(server.received).toHaveLength(4);
    await vod.getCategories({ refresh: true });
    expect(server.received).toHaveLength(8);
  });
});
