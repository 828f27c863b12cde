import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { iterateBatchItems } from '@/lib/db/queries/batch-history';
import { batchItems } from '@/lib/db/schema';
import { type BatchJsonItem, batchExportText } from '@/lib/export/batch-export';
import { translatorFor } from '@/lib/i18n/translator';
import type { Video } from '@/lib/vod';
import { outcomesOf, setUpHarness, submitSave } from '@/test/support/batches';
import { testDatabaseTargets } from '@/test/support/db';
import type { SaveRequest } from './input';

const english = translatorFor('en');

/**
 * The promise of issue #14 over real HTTP, against the emulator and a real database (PGlite, and
 * PostgreSQL when TEST_DATABASE_URL is set): every change is applied, or shown with the reason it was not,
 * and no recorded outcome disagrees with what VOD holds.
 */

const VIDEOS_PER_EDITOR = 400;

// Each store has its own emulator and database, so the two run side by side; within one, tests take turns
// (they set the emulator's faults).
describe.concurrent.each(testDatabaseTargets())('[batches][truthful] on $name', (target) => {
  const h = setUpHarness({ videos: 2_400, database: target });
  let offset = 0;

  /** Videos no other test touches. */
  async function freshVideos(count: number): Promise<Video[]> {
    const videos = await h.videos(count, offset);
    offset += count + 20;
    return videos;
  }

  describe.sequential('one store', () => {
    describe.each([0, 500])(
      'two editors save the same %i ms-latency videos at the same moment',
      (latencyMs) => {
        it('with absolute titles: one value wins per video, one batch says updated and the other conflict', async () => {
          const videos = await freshVideos(VIDEOS_PER_EDITOR);
          await h.control.setFaults({ latencyMs });
          const [first, second] = [h.service(), h.service()];
          const request = (who: string): SaveRequest => ({
            items: videos.map((video) => ({
              videoId: video.id,
              title: video.title,
              base: { title: video.title },
              changes: { title: `${who} ${video.id}` },
            })),
          });
          const [a, b] = await Promise.all([
            submitSave(first, h.editor, request('Editor A')),
            submitSave(second, h.otherEditor, request('Editor B')),
          ]);
          const [doneA, doneB] = await Promise.all([first.runBatch(a), second.runBatch(b)]);
          const sum = (key: 'updated' | 'conflict') => (doneA?.counts[key] ?? 0) + (doneB?.counts[key] ?? 0);
          expect(sum('updated')).toBe(VIDEOS_PER_EDITOR);
          expect(sum('conflict')).toBe(VIDEOS_PER_EDITOR);

          const [outA, outB] = await Promise.all([outcomesOf(first, a), outcomesOf(second, b)]);
          const now = await h.inVod(videos.map((video) => video.id));
          const disagreements: string[] = [];
          for (const video of videos) {
            const title = now.get(video.id)?.title;
            const pair = [
              [outA.get(video.id), `Editor A ${video.id}`],
              [outB.get(video.id), `Editor B ${video.id}`],
            ] as const;
            const winners = pair.filter(([outcome]) => outcome?.kind === 'updated');
            const losers = pair.filter(([outcome]) => outcome?.kind === 'conflict');
            if (winners.length !== 1 || losers.length !== 1)
              disagreements.push(`${video.id}: not one of each`);
            for (const [outcome, wanted] of winners) {
              if (title !== wanted)
                disagreements.push(`${video.id}: updated to ${wanted} but VOD has ${title}`);
              if (outcome?.kind === 'updated' && outcome.saved.title !== title) disagreements.push(video.id);
            }
            for (const [outcome] of losers) {
              if (outcome?.kind === 'conflict' && outcome.current.title !== title) {
                disagreements.push(`${video.id}: conflict says ${outcome.current.title}, VOD has ${title}`);
              }
            }
          }
          expect(disagreements).toEqual([]);
        }, 120_000);

        it('with "Add tags" of different tags: every video keeps both tags and both batches say updated', async () => {
          const videos = await freshVideos(VIDEOS_PER_EDITOR);
          await h.control.setFaults({ latencyMs });
          const [first, second] = [h.service(), h.service()];
          const request = (tag: string): SaveRequest => ({
            items: videos.map((video) => ({
              videoId: video.id,
              title: video.title,
              base: {},
              changes: {},
              tagOps: { add: [tag], remove: [] },
            })),
          });
          const [a, b] = await Promise.all([
            submitSave(first, h.editor, request(`alpha${latencyMs}`)),
            submitSave(second, h.otherEditor, request(`beta${latencyMs}`)),
          ]);
          const [doneA, doneB] = await Promise.all([first.runBatch(a), second.runBatch(b)]);
          expect(doneA?.counts.updated).toBe(VIDEOS_PER_EDITOR);
          expect(doneB?.counts.updated).toBe(VIDEOS_PER_EDITOR);

          const [outA, outB] = await Promise.all([outcomesOf(first, a), outcomesOf(second, b)]);
          const now = await h.inVod(videos.map((video) => video.id));
          const disagreements: string[] = [];
          for (const video of videos) {
            const tags = now.get(video.id)?.tags ?? [];
            if (!tags.includes(`alpha${latencyMs}`) || !tags.includes(`beta${latencyMs}`)) {
              disagreements.push(`${video.id}: VOD has ${tags.join(',')}`);
            }
            // Whichever batch went second recorded exactly the list VOD holds.
            const saved = [outA.get(video.id), outB.get(video.id)].map((outcome) =>
              outcome?.kind === 'updated' ? (outcome.saved.tags ?? []).join(',') : null,
            );
            if (!saved.includes(tags.join(',')))
              disagreements.push(`${video.id}: recorded ${saved.join(' / ')}`);
          }
          expect(disagreements).toEqual([]);
        }, 120_000);
      },
    );

    it('records what the server read from VOD as the before, not a forged browser base, in history and export', async () => {
      const [video] = await freshVideos(1);
      const service = h.service();
      // Someone sets the value the batch asks for while claiming a different "before".
      const batchId = await submitSave(service, h.editor, {
        items: [
          {
            videoId: video!.id,
            title: video!.title,
            base: { description: 'FORGED before' },
            changes: { description: video!.description === 'x' ? 'y' : video!.description || 'kept' },
          },
        ],
      });
      const done = await service.runBatch(batchId);
      expect(done?.counts.updated).toBe(1);
      const wanted = video!.description === 'x' ? 'y' : video!.description || 'kept';
      const [stored] = await h.db.select().from(batchItems).where(eq(batchItems.batchId, batchId));
      expect(stored?.before).toEqual({ description: video!.description });

      const pages = iterateBatchItems(batchId, 100, h.db);
      const items: BatchJsonItem[] = [];
      let text = '';
      const summary = { id: batchId, total: 1, summary: null } as Parameters<typeof batchExportText>[1];
      for await (const chunk of batchExportText('json', summary, pages, new Date(), english)) text += chunk;
      items.push(...(JSON.parse(text) as { items: BatchJsonItem[] }).items);
      expect(items[0]?.before).toEqual({ description: video!.description });
      expect(JSON.stringify(items)).not.toContain('FORGED');

      // An admin's revert puts back what VOD held, never the forged value.
      const revert = await service.revertBatch(batchId, h.admin);
      if (revert) await service.runBatch(revert.batchId);
      expect((await h.inVod([video!.id])).get(video!.id)?.description).toBe(wanted);
    });

    it('refuses a NUL character for its video alone, with a clear message, and saves the rest', async () => {
      const videos = await freshVideos(5);
      const service = h.service();
      const batchId = await submitSave(service, h.editor, {
        items: videos.map((video, i) => ({
          videoId: video.id,
          title: video.title,
          base: { description: video.description },
          changes: { description: i === 2 ? 'broken \u0000 text' : `clean ${i}` },
        })),
      });
      const done = await service.runBatch(batchId);
      expect(done?.counts).toMatchObject({ updated: 4, failed: 1 });
      const recorded = await outcomesOf(service, batchId);
      expect(recorded.get(videos[2]!.id)).toMatchObject({
        kind: 'failed',
        code: 'InvalidCharacter',
        message: expect.stringContaining('NUL'),
        retryable: false,
      });
      const now = await h.inVod(videos.map((video) => video.id));
      expect(now.get(videos[2]!.id)?.description).toBe(videos[2]!.description);
      expect(now.get(videos[4]!.id)?.description).toBe('clean 4');
    });
  });
});
