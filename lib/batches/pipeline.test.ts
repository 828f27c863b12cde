import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '@/emulator/control-client';
import { insertBatchWithItems } from '@/lib/db/queries/batches';
import { auditEvents, batchChunks, batches, batchItems } from '@/lib/db/schema';
import { translatorFor } from '@/lib/i18n/translator';
import type { Video } from '@/lib/vod';
import { outcomesOf, sendingItems, setUpHarness, untilMidBatch } from '@/test/support/batches';
import { saveRequestSchema } from './input';
import type { BatchService } from './service';
import type { BatchActor } from './types';

const english = translatorFor('en');

const h = setUpHarness({ videos: 1_200 });

let edition = 0;

/** A save request retitling the videos, with the values VOD holds now as the base. */
function retitle(videos: readonly Video[]) {
  edition++;
  return saveRequestSchema.parse({
    items: videos.map((video) => ({
      videoId: video.id,
      title: video.title,
      base: { title: video.title },
      changes: { title: `Edition ${edition} of ${video.id}` },
    })),
  });
}

async function save(service: BatchService, actor: BatchActor, videos: readonly Video[]) {
  const request = retitle(videos);
  const result = await service.saveChanges(actor, request, english);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return { batchId: result.batchId, request };
}

function updateContents(requests: RecordedRequest[]): Array<Array<{ VideoId: string; Title?: string }>> {
  return requests
    .filter((request) => request.action === 'UpdateVideoInfos')
    .map((request) => JSON.parse(request.parameters.UpdateContent ?? '[]'));
}

async function titleInVod(videoId: string): Promise<string | undefined> {
  return (await h.control.getVideo(videoId))?.Title;
}

describe('[batches][pipeline] a save against the emulator', () => {
  it('persists first, pre-reads, skips vanished videos, reports forbidden ones, with the fewest calls', async () => {
    const service = h.service();
    const videos = await h.videos(45);
    const forbidden = [videos[3]!, videos[17]!, videos[30]!].map((video) => video.id);
    const deleted = [videos[8]!, videos[41]!].map((video) => video.id);
    await h.control.setForbidden(forbidden);
    for (const id of deleted) await h.control.deleteVideo(id);
    // Slow answers make any call made before the batch was written visible in the log below.
    await h.control.setFaults({ latencyMs: 150 });
    await h.control.clearRequests();

    const { batchId, request } = await save(service, h.editor, videos);

    const persisted = await h.db.select().from(batchItems).where(eq(batchItems.batchId, batchId));
    expect(persisted).toHaveLength(45);
    expect(updateContents(await h.control.requests())).toEqual([]);

    const progress = await service.runBatch(batchId);
    expect(progress).toMatchObject({
      status: 'done_with_problems',
      isFinished: true,
      total: 45,
      done: 45,
      problems: 5,
      counts: { updated: 40, forbidden: 3, notFound: 2, referenceNotFound: 0, conflict: 0, failed: 0 },
    });

    const log = await h.control.requests();
    const reads = log.filter((r) => r.action === 'GetVideoInfos');
    expect(reads).toHaveLength(3);
    const sent = updateContents(log);
    expect(sent).toHaveLength(3);
    const sentIds = sent.flat().map((item) => item.VideoId);
    expect(sentIds).toHaveLength(43);
    expect(new Set(sentIds).size).toBe(43);
    for (const id of deleted) expect(sentIds).not.toContain(id);
    // Each chunk is pre-read right before its update: every video's read precedes its update.
    const readAt = new Map<string, number>();
    for (const read of reads) {
      for (const id of (read.parameters.VideoIds ?? '').split(',')) readAt.set(id, Date.parse(read.time));
    }
    for (const update of log.filter((r) => r.action === 'UpdateVideoInfos')) {
      for (const item of JSON.parse(update.parameters.UpdateContent ?? '[]') as Array<{ VideoId: string }>) {
        expect(readAt.get(item.VideoId)).toBeLessThanOrEqual(Date.parse(update.time));
      }
    }

    const outcomes = await outcomesOf(service, batchId);
    for (const id of forbidden)
      expect(outcomes.get(id)).toMatchObject({ kind: 'forbidden', requestId: expect.any(String) });
    for (const id of deleted) expect(outcomes.get(id)).toMatchObject({ kind: 'not_found' });
    for (const item of request.items) {
      if (forbidden.includes(item.videoId) || deleted.includes(item.videoId)) continue;
      expect(outcomes.get(item.videoId)).toEqual({ kind: 'updated', saved: item.changes });
      expect(await titleInVod(item.videoId)).toBe(item.changes.title);
    }
    for (const id of forbidden) expect(await titleInVod(id)).toBe(videos.find((v) => v.id === id)?.title);

    const chunks = await h.db.select().from(batchChunks).where(eq(batchChunks.batchId, batchId));
    expect(chunks).toHaveLength(3);
    for (const chunk of chunks) {
      expect(chunk).toMatchObject({ status: 'done', attempts: 1, startedAt: expect.any(Date) });
      expect(chunk.requestIds).toHaveLength(1);
      expect(chunk.durationMs).toBeGreaterThanOrEqual(150);
    }
    // Running a finished batch again sends nothing and records nothing.
    await h.control.clearRequests();
    expect(await service.runBatch(batchId)).toEqual(progress);
    expect(await h.control.requests()).toEqual([]);
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.targetId, batchId));
    expect(audit.map((event) => event.action).sort()).toEqual(['batch.created', 'batch.finished']);
    expect(audit.find((event) => event.action === 'batch.finished')?.details).toMatchObject({
      updated: 40,
      forbidden: 3,
      notFound: 2,
    });
  });

  it('reports a video changed since loading as a conflict, keeps its newer value, and saves the others', async () => {
    const service = h.service();
    const videos = await h.videos(10, 100);
    const changed = videos[4]!;
    await h.control.putVideo(changed.id, { Title: 'Changed by someone else' });

    const { batchId, request } = await save(service, h.editor, videos);
    const progress = await service.runBatch(batchId);

    expect(progress?.counts).toMatchObject({ updated: 9, conflict: 1 });
    const outcomes = await outcomesOf(service, batchId);
    expect(outcomes.get(changed.id)).toEqual({
      kind: 'conflict',
      current: { title: 'Changed by someone else' },
      requestId: null,
    });
    expect(await titleInVod(changed.id)).toBe('Changed by someone else');
    expect(
      updateContents(await h.control.requests())
        .flat()
        .map((item) => item.VideoId),
    ).not.toContain(changed.id);
    expect(await titleInVod(videos[0]!.id)).toBe(request.items[0]!.changes.title);
  });

  it('reads the first chunk while the batch is stored, unless another batch is at work: then it reads again', async () => {
    const service = h.service();
    const [quiet, busy] = [await h.videos(20, 1_150), await h.videos(20, 1_170)];
    const readsOf = async (videos: readonly Video[]) =>
      (await h.control.requests({ action: 'GetVideoInfos' })).filter((read) =>
        (read.parameters.VideoIds ?? '').split(',').includes(videos[0]!.id),
      ).length;
    await h.control.setFaults({ latencyMs: 300, actions: ['UpdateVideoInfos'] });
    await h.control.clearRequests();
    // The previous test's batch finished a moment ago; a batch that finished after the early read left
    // would make it untrusted.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const first = await save(service, h.editor, quiet);
    // Saved while the first batch is at work, which might have changed its videos after the early read.
    const second = await save(service, h.editor, busy);
    await Promise.all([service.runBatch(first.batchId), service.runBatch(second.batchId)]);

    expect(await readsOf(quiet)).toBe(1);
    expect(await readsOf(busy)).toBe(2);
    for (const item of [...first.request.items, ...second.request.items])
      expect(await titleInVod(item.videoId)).toBe(item.changes.title);
  });

  it('finishes an interrupted run after a restart, sending what was in flight again', async () => {
    const videos = await h.videos(200, 200);
    await h.control.setFaults({ latencyMs: 300 });
    const crashed = h.service({ chunkConcurrency: 2 });
    const { batchId, request } = await save(crashed, h.editor, videos);
    await untilMidBatch(h.db, crashed, batchId, 40);
    await crashed.stop();

    const [stopped] = await h.db.select().from(batches).where(eq(batches.id, batchId));
    expect(stopped?.status).toBe('running');
    expect(stopped?.updated).toBeLessThan(200);
    expect((await sendingItems(h.db, batchId)).length).toBeGreaterThan(0);

    await h.control.clearFaults();
    const restarted = h.service();
    expect(await restarted.resumeInterruptedBatches()).toEqual([batchId]);
    const progress = await restarted.runBatch(batchId);

    expect(progress).toMatchObject({ status: 'done', done: 200, counts: { updated: 200, conflict: 0 } });
    for (const item of request.items.filter((_, i) => i % 20 === 0)) {
      expect(await titleInVod(item.videoId)).toBe(item.changes.title);
    }
    const chunkStatuses = (await h.db.select().from(batchChunks).where(eq(batchChunks.batchId, batchId))).map(
      (c) => c.status,
    );
    expect(chunkStatuses).toContain('interrupted');
    expect(chunkStatuses.filter((status) => status === 'running')).toEqual([]);
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.targetId, batchId));
    expect(audit.map((event) => event.action)).toContain('batch.resumed');
  });

  it('retries the retryable failures as a linked batch', async () => {
    // One chunk at a time, two attempts per call, and a run that gives up at the first outage: the first
    // chunk's both attempts hit the injected outage, and the whole batch stops with retryable failures.
    const service = h.service({
      chunkConcurrency: 1,
      outage: { giveUpAfterMs: 0 },
      vod: h.vodWith({ maxAttempts: 2, backoff: { baseMs: 5, capMs: 20 } }),
    });
    const videos = await h.videos(30, 400);
    await h.control.setFaults({ failNext: 2, actions: ['UpdateVideoInfos'] });

    const { batchId, request } = await save(service, h.editor, videos);
    const first = await service.runBatch(batchId);
    expect(first).toMatchObject({ counts: { updated: 0, failed: 30 }, retryable: 30 });
    const failed = [...(await outcomesOf(service, batchId))].filter(
      ([, outcome]) => outcome.kind === 'failed',
    );
    expect(failed[0]?.[1]).toMatchObject({
      code: 'ServiceUnAvailable',
      retryable: true,
      requestId: expect.any(String),
    });

    await expect(service.retryBatch(batchId, h.otherEditor)).rejects.toMatchObject({ code: 'forbidden' });
    const retry = await service.retryBatch(batchId, h.editor);
    expect(retry).not.toBeNull();
    const second = await service.runBatch(retry!.batchId);

    expect(second).toMatchObject({
      kind: 'retry',
      parentBatchId: batchId,
      total: 30,
      counts: { updated: 30 },
    });
    for (const item of request.items) expect(await titleInVod(item.videoId)).toBe(item.changes.title);
    expect(await service.retryBatch(retry!.batchId, h.admin)).toBeNull();
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.action, 'batch.retried'));
    expect(audit.map((event) => event.targetId)).toContain(batchId);
  });

  it('gives up on an outage of updates alone, though the pre-reads keep succeeding', async () => {
    // A read that answers says nothing about the updates: only an update's clear answer ends the outage.
    const service = h.service({
      chunkConcurrency: 1,
      outage: { giveUpAfterMs: 300, firstWaitMs: 20, maxWaitMs: 50 },
      vod: h.vodWith({ maxAttempts: 1 }),
    });
    const videos = await h.videos(5, 480);
    await h.control.setFaults({ failNext: 1_000, actions: ['UpdateVideoInfos'] });
    try {
      const { batchId } = await save(service, h.editor, videos);
      expect(await service.runBatch(batchId)).toMatchObject({ counts: { failed: 5 }, retryable: 5 });
    } finally {
      await h.control.clearFaults();
    }
  }, 30_000);

  it('retries an already-retried batch from its newest retry: only what still fails there', async () => {
    // As above: a run that gives up at the first outage ends with every video failed and retryable.
    const service = h.service({
      chunkConcurrency: 1,
      outage: { giveUpAfterMs: 0 },
      vod: h.vodWith({ maxAttempts: 2, backoff: { baseMs: 5, capMs: 20 } }),
    });
    const videos = await h.videos(30, 440);
    await h.control.setFaults({ failNext: 2, actions: ['UpdateVideoInfos'] });
    const { batchId } = await save(service, h.editor, videos);
    expect(await service.runBatch(batchId)).toMatchObject({ counts: { failed: 30 } });

    await h.control.setFaults({ failNext: 2, actions: ['UpdateVideoInfos'] });
    const firstRetry = await service.retryBatch(batchId, h.editor);
    expect(await service.runBatch(firstRetry!.batchId)).toMatchObject({
      counts: { failed: 30 },
      retryable: 30,
    });
    expect(await service.getNewestRetry(batchId)).toMatchObject({ batchId: firstRetry!.batchId });

    const secondRetry = await service.retryBatch(batchId, h.editor);
    const second = await service.runBatch(secondRetry!.batchId);
    expect(second).toMatchObject({ parentBatchId: firstRetry!.batchId, total: 30, counts: { updated: 30 } });
    expect(await service.getNewestRetry(batchId)).toMatchObject({ batchId: secondRetry!.batchId });
    // Nothing fails any more anywhere in the family.
    expect(await service.retryBatch(batchId, h.editor)).toBeNull();
  });

  it('stores what a batch did and the editor’s note on the batch and in the audit trail', async () => {
    const service = h.service();
    const videos = await h.videos(3, 480);
    const request = saveRequestSchema.parse({
      items: videos.map((video) => ({
        videoId: video.id,
        title: video.title,
        base: { tags: video.tags },
        changes: { tags: [...video.tags.filter((tag) => tag !== 'bulk-2025'), 'bulk-2025'] },
      })),
      note: '  For the 2025 campaign ',
    });
    const result = await service.saveChanges(h.editor, request, english);
    if (!result.ok) throw new Error(result.message);
    await service.runBatch(result.batchId);
    const [row] = await h.db.select().from(batches).where(eq(batches.id, result.batchId));
    expect(row?.summary).toEqual({
      videos: 3,
      fields: ['tags'],
      parts: [{ kind: 'tags', added: ['bulk-2025'], removed: [] }],
    });
    expect(row?.note).toBe('For the 2025 campaign');
    expect(row?.summaryText).toBe('Tags +bulk-2025 · 3 videos\nFor the 2025 campaign');
    const [created] = await h.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, result.batchId), eq(auditEvents.action, 'batch.created')));
    expect(created?.details).toMatchObject({ summary: row?.summary, note: 'For the 2025 campaign' });
  });

  it('reverts a batch, leaving a video changed since then as a conflict with its newer value', async () => {
    const service = h.service();
    const videos = await h.videos(12, 600);
    const { batchId } = await save(service, h.editor, videos);
    await service.runBatch(batchId);
    const later = videos[5]!;
    await h.control.putVideo(later.id, { Title: 'Edited after the batch' });

    const revert = await service.revertBatch(batchId, h.admin);
    expect(revert).not.toBeNull();
    const progress = await service.runBatch(revert!.batchId);

    expect(progress).toMatchObject({
      kind: 'revert',
      parentBatchId: batchId,
      counts: { updated: 11, conflict: 1 },
    });
    for (const video of videos) {
      expect(await titleInVod(video.id)).toBe(video.id === later.id ? 'Edited after the batch' : video.title);
    }
    const outcomes = await outcomesOf(service, revert!.batchId);
    expect(outcomes.get(later.id)).toMatchObject({
      kind: 'conflict',
      current: { title: 'Edited after the batch' },
    });
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.action, 'batch.reverted'));
    expect(audit.map((event) => event.targetId)).toContain(batchId);
  });

  it('lets two editors save at once, sharing the 30 calls/s without throttling or starving either', async () => {
    const first = h.service();
    const second = h.service();
    const pool = await h.videos(480, 700);
    const [a, b] = [pool.slice(0, 400), pool.slice(400)];
    const [saveA, saveB] = await Promise.all([save(first, h.editor, a), save(second, h.otherEditor, b)]);
    const [doneA, doneB] = await Promise.all([first.runBatch(saveA.batchId), second.runBatch(saveB.batchId)]);

    expect(doneA?.counts.updated).toBe(400);
    expect(doneB?.counts.updated).toBe(80);
    const log = await h.control.requests();
    expect(log.filter((request) => request.errorCode !== null)).toEqual([]);
    // B's 4 calls interleave with A's 20 instead of waiting for them: B's last call goes out well before
    // A's last. Judged by the order VOD received the calls, not by the clock, which a loaded machine skews.
    const calls = updateContents(log).map((items) => (a.some((v) => v.id === items[0]!.VideoId) ? 'A' : 'B'));
    expect(calls).toHaveLength(24);
    expect(calls.slice(0, 10)).toContain('B');
    expect(calls.lastIndexOf('B')).toBeLessThan(calls.length * 0.75);
  });
});

describe('[batches][pipeline] size', () => {
  it('persists a 10,000-video batch in one transaction, quickly', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      videoId: `size-${i}`,
      title: `Video ${i}`,
      base: { title: `Video ${i}`, tags: ['a', 'b'] },
      changes: { title: `Video ${i} (edited)`, tags: ['a', 'b', 'c'] },
    }));
    const started = performance.now();
    const batch = await insertBatchWithItems({ userId: h.editor.id, kind: 'save' }, items, h.db);
    const elapsedMs = performance.now() - started;

    const [row] = await h.db.select({ n: count() }).from(batchItems).where(eq(batchItems.batchId, batch.id));
    expect(row?.n).toBe(10_000);
    expect(batch).toMatchObject({ total: 10_000, pending: 10_000, status: 'pending' });
    console.info(`[batches] persisted 10,000 items in ${Math.round(elapsedMs)} ms`);
    expect(elapsedMs).toBeLessThan(10_000);
  });
});

describe('[batches][pipeline] persisting', () => {
  it('keeps the items in order and stores a lone UTF-16 surrogate as U+FFFD instead of failing the batch', async () => {
    const items = ['p-1', 'p-2', 'p-3'].map((videoId, i) => ({
      videoId,
      title: i === 1 ? 'broken \uD800 title' : `Video ${i}`,
      base: { title: 'before' },
      changes: { title: i === 1 ? 'after \uDC00' : `after ${i}` },
    }));
    const batch = await insertBatchWithItems({ userId: h.editor.id, kind: 'save' }, items, h.db);

    const rows = await h.db
      .select({ videoId: batchItems.videoId, title: batchItems.title, changes: batchItems.changes })
      .from(batchItems)
      .where(eq(batchItems.batchId, batch.id))
      .orderBy(batchItems.id);
    expect(rows.map((row) => row.videoId)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(rows[1]).toMatchObject({ title: 'broken \uFFFD title', changes: { title: 'after \uFFFD' } });
  });
});

describe('[batches][pipeline] refusals', () => {
  it.each([
    ['wrong types', { items: [{ videoId: 42, title: 'x', base: { title: 'a' }, changes: { title: 'b' } }] }],
    [
      'a 200 KB title',
      {
        items: [{ videoId: 'v1', title: 'x', base: { title: 'a' }, changes: { title: 'x'.repeat(200_000) } }],
      },
    ],
    [
      'unknown fields',
      {
        items: [
          { videoId: 'v1', title: 'x', base: { title: 'a' }, changes: { title: 'b' }, status: 'updated' },
        ],
      },
    ],
    ['no items', { items: [] }],
    [
      '60,000 videos',
      {
        items: Array.from({ length: 60_000 }, (_, i) => ({
          videoId: `v${i}`,
          title: 't',
          base: { title: 'a' },
          changes: { title: 'b' },
        })),
      },
    ],
    [
      'duplicate videos',
      {
        items: [1, 2].map(() => ({
          videoId: 'v1',
          title: 't',
          base: { title: 'a' },
          changes: { title: 'b' },
        })),
      },
    ],
    [
      'a title over 128 bytes',
      { items: [{ videoId: 'v1', title: 't', base: { title: 'a' }, changes: { title: '题'.repeat(100) } }] },
    ],
  ])('refuses %s with a clear error and leaves no batch behind', async (_name, raw) => {
    const service = h.service();
    const before = (await h.db.select().from(batches)).length;
    const parsed = saveRequestSchema.safeParse(raw);
    const message = parsed.success
      ? await service
          .saveChanges(h.editor, parsed.data, english)
          .then((result) => (result.ok ? null : result.message))
      : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    expect(message).toEqual(expect.any(String));
    expect(message).not.toMatch(/at .*\.ts:\d+/);
    expect((await h.db.select().from(batches)).length).toBe(before);
  });

  it('refuses a viewer outright', async () => {
    const viewer: BatchActor = { ...h.editor, role: 'viewer' };
    await expect(h.service().saveChanges(viewer, retitle(await h.videos(1)), english)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
