import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { BatchLeaseLostError } from '@/lib/db/queries/batch-leases';
import { startChunk } from '@/lib/db/queries/batches';
import { batchChunks, batches, batchItems } from '@/lib/db/schema';
import { translatorFor } from '@/lib/i18n/translator';
import type { Video } from '@/lib/vod';
import { sendingItems, setUpHarness, untilMidBatch } from '@/test/support/batches';
import { testDatabaseTargets } from '@/test/support/db';
import { until } from '@/test/support/until';
import { saveRequestSchema } from './input';
import type { BatchService } from './service';

const english = translatorFor('en');

/**
 * Several app servers on one database, played by several batch services with their own server ids: a batch
 * runs on the server holding its lease, a dead server's batch is taken over where it stopped, and a
 * draining server finishes its calls and hands its batches back.
 */
describe.each(testDatabaseTargets())('[batches][leases] on $name', (target) => {
  const h = setUpHarness({ videos: 600, database: target });
  let edition = 0;

  async function save(service: BatchService, videos: readonly Video[]) {
    edition++;
    const request = saveRequestSchema.parse({
      items: videos.map((video) => ({
        videoId: video.id,
        title: video.title,
        base: { title: video.title },
        changes: { title: `Lease edition ${edition} of ${video.id}` },
      })),
    });
    const result = await service.saveChanges(h.editor, request, english);
    if (!result.ok) throw new Error(`refused: ${result.message}`);
    return { batchId: result.batchId, request };
  }

  async function leaseOf(batchId: string) {
    const [row] = await h.db
      .select({ owner: batches.leaseOwner, expiresAt: batches.leaseExpiresAt })
      .from(batches)
      .where(eq(batches.id, batchId));
    return row;
  }

  /** Every UpdateVideoInfos call's videos, as the emulator received them. */
  async function sentVideoIds(): Promise<string[]> {
    const requests = await h.control.requests({ action: 'UpdateVideoInfos' });
    return requests.flatMap((request) =>
      (JSON.parse(request.parameters.UpdateContent ?? '[]') as Array<{ VideoId: string }>).map(
        (item) => item.VideoId,
      ),
    );
  }

  it('runs a batch on the server holding its lease only, and frees the lease when it finishes', async () => {
    const a = h.service({ serverId: 'server-a' });
    const b = h.service({ serverId: 'server-b' });
    await h.control.setFaults({ latencyMs: 200, actions: ['UpdateVideoInfos'] });
    const { batchId } = await save(a, await h.videos(100));
    await until(async () => (await leaseOf(batchId))?.owner === 'server-a');

    expect(await b.runBatch(batchId)).toBeNull();
    expect(await b.takeOverOrphanedBatches()).toEqual([]);

    expect(await a.runBatch(batchId)).toMatchObject({ status: 'done', counts: { updated: 100 } });
    expect(await leaseOf(batchId)).toEqual({ owner: null, expiresAt: null });
    // Each video went out once: server b never sent any chunk.
    const sent = await sentVideoIds();
    expect(sent).toHaveLength(100);
    expect(new Set(sent).size).toBe(100);
  });

  it("is its server's from the moment it exists: another server's sweep does not take a new batch", async () => {
    const a = h.service({ serverId: 'server-a' });
    const b = h.service({ serverId: 'server-b' });
    await h.control.setFaults({ latencyMs: 200, actions: ['UpdateVideoInfos'] });
    const { batchId } = await save(a, await h.videos(40));
    expect(await leaseOf(batchId)).toMatchObject({ owner: 'server-a' });
    expect(await b.takeOverOrphanedBatches()).toEqual([]);
    expect(await a.runBatch(batchId)).toMatchObject({ status: 'done', counts: { updated: 40 } });
    expect(new Set(await sentVideoIds()).size).toBe(40);
  });

  it("takes over a dead server's batch once its lease runs out, reading back what was in flight", async () => {
    const dead = h.service({ serverId: 'server-dead', chunkConcurrency: 2 });
    const heir = h.service({ serverId: 'server-heir' });
    await h.control.setFaults({ latencyMs: 300, actions: ['UpdateVideoInfos'] });
    const videos = await h.videos(200, 100);
    const { batchId, request } = await save(dead, videos);
    await untilMidBatch(h.db, dead, batchId, 40);
    // A crash: the run stops mid-call and no one hands the lease back (it is set as the dead server left it).
    await dead.stop();
    await h.db
      .update(batches)
      .set({ leaseOwner: 'server-dead', leaseExpiresAt: sql`now() + interval '1 second'` })
      .where(eq(batches.id, batchId));
    expect((await sendingItems(h.db, batchId)).length).toBeGreaterThan(0);
    await h.control.clearFaults();

    expect(await heir.takeOverOrphanedBatches()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(await heir.takeOverOrphanedBatches()).toEqual([batchId]);
    const progress = await heir.runBatch(batchId);

    expect(progress).toMatchObject({
      status: 'done',
      counts: { updated: request.items.length, conflict: 0 },
    });
    for (const item of request.items.filter((_, i) => i % 10 === 0)) {
      expect((await h.control.getVideo(item.videoId))?.Title).toBe(item.changes.title);
    }
  });

  it('never opens a chunk for a server that lost the lease', async () => {
    const a = h.service({ serverId: 'server-a' });
    await h.control.setFaults({ latencyMs: 100, actions: ['UpdateVideoInfos'] });
    const videos = await h.videos(20, 300);
    const { batchId } = await save(a, videos);
    await a.runBatch(batchId);
    const [item] = await h.db.select().from(batchItems).where(eq(batchItems.batchId, batchId)).limit(1);
    await h.db.update(batchItems).set({ status: 'pending' }).where(eq(batchItems.id, item!.id));
    await h.db
      .update(batches)
      .set({ status: 'running', leaseOwner: 'server-b', leaseExpiresAt: sql`now() + interval '1 minute'` })
      .where(eq(batches.id, batchId));
    const chunksBefore = await h.db.select().from(batchChunks).where(eq(batchChunks.batchId, batchId));

    const sending = [{ itemId: item!.id, videoId: item!.videoId, before: {}, changes: { title: 'stale' } }];
    await expect(startChunk(batchId, 99, sending, [], h.db, 'server-a')).rejects.toBeInstanceOf(
      BatchLeaseLostError,
    );
    const [after] = await h.db.select().from(batchItems).where(eq(batchItems.id, item!.id));
    expect(after?.status).toBe('pending');
    expect(await h.db.select().from(batchChunks).where(eq(batchChunks.batchId, batchId))).toHaveLength(
      chunksBefore.length,
    );
  });

  it('drains on shutdown: calls in flight finish, nothing is left sending, the next server goes on at once', async () => {
    const leaving = h.service({ serverId: 'server-leaving', chunkConcurrency: 3 });
    const staying = h.service({ serverId: 'server-staying' });
    await h.control.setFaults({ latencyMs: 300, actions: ['UpdateVideoInfos'] });
    const videos = await h.videos(200, 400);
    const { batchId, request } = await save(leaving, videos);
    await until(async () => ((await leaving.getBatchProgress(batchId))?.counts.updated ?? 0) >= 40);

    await leaving.drain(10_000);
    expect(await sendingItems(h.db, batchId)).toEqual([]);
    expect((await leaving.getBatchProgress(batchId))?.isFinished).toBe(false);
    expect(await leaseOf(batchId)).toEqual({ owner: null, expiresAt: null });
    // A draining server takes no batch any more.
    expect(await leaving.takeOverOrphanedBatches()).toEqual([]);

    await h.control.clearFaults();
    expect(await staying.takeOverOrphanedBatches()).toEqual([batchId]);
    expect(await staying.runBatch(batchId)).toMatchObject({
      status: 'done',
      counts: { updated: request.items.length },
    });
    const sent = await sentVideoIds();
    // Nothing was sent twice: the drained calls were answered, so nothing had to be read back and resent.
    expect(sent.filter((id) => request.items.some((item) => item.videoId === id))).toHaveLength(
      request.items.length,
    );
  });
});
