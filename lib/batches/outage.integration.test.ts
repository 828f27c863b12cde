import { describe, expect, it } from 'vitest';
import { outcomesOf, setUpHarness, submitSave } from '@/test/support/batches';
import { testDatabaseTargets } from '@/test/support/db';
import { until } from '@/test/support/until';
import type { BatchProgress } from './types';

/**
 * A save outlives an outage (issue #14), over real HTTP against the emulator and a real database (PGlite,
 * and PostgreSQL when TEST_DATABASE_URL is set): VOD dies while answers are on their way and comes back
 * 30 s later; the batch finishes by itself and every recorded outcome agrees with what VOD holds. Its own
 * file, so its half-minute outage runs beside the other integration tests.
 */
// The stores take turns with nothing: each has its own emulator and database, so both wait out their
// outage at the same time.
describe.concurrent.each(testDatabaseTargets())('[batches][outage] on $name', (target) => {
  const h = setUpHarness({ videos: 600, database: target });

  it('finishes by itself when VOD dies mid-save at 2.5 s latency and is back 30 s later, every outcome true', async () => {
    const videos = await h.videos(400);
    await h.control.setFaults({ latencyMs: 2_500 });
    const service = h.service({
      outage: { firstWaitMs: 1_000, maxWaitMs: 5_000 },
      vod: h.vodWith({ maxAttempts: 2, backoff: { baseMs: 100, capMs: 500 } }),
    });
    const batchId = await submitSave(service, h.editor, {
      items: videos.map((video) => ({
        videoId: video.id,
        title: video.title,
        base: { title: video.title },
        changes: { title: `After the outage ${video.id}` },
      })),
    });
    const running = service.runBatch(batchId);
    // The first chunks' updates are applied by VOD and waiting out their latency when it dies.
    await until(async () => (await h.control.requests({ action: 'UpdateVideoInfos' })).length >= 5);
    await h.killEmulator();
    await until(async () => (await service.getBatchProgress(batchId))?.nextTryAt !== null);
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    await h.restartEmulator();
    await h.control.setFaults({ latencyMs: 2_500 });

    const done = (await running) as BatchProgress;
    expect(done).toMatchObject({ isFinished: true, nextTryAt: null });
    expect(done.counts).toMatchObject({ updated: videos.length, failed: 0, conflict: 0 });
    const recorded = await outcomesOf(service, batchId);
    const now = await h.inVod(videos.map((video) => video.id));
    const disagreements = videos.filter((video) => {
      const outcome = recorded.get(video.id);
      const title = now.get(video.id)?.title;
      return outcome?.kind !== 'updated' || outcome.saved.title !== title;
    });
    expect(disagreements.map((video) => video.id)).toEqual([]);
  }, 180_000);
});
