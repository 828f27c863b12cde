import { type BatchActor, createBatchService, type SaveRequest, saveRequestSchema } from '@/lib/batches';
import { insertUser } from '@/lib/db/queries/users';
import { MAX_VIDEOS_PER_SECOND } from '@/lib/edits/limits';
import { translatorFor } from '@/lib/i18n/translator';
import type { Video } from '@/lib/vod';
import { type CallTimeline, callTimeline, describeTimeline, timelineRows } from '../support/call-timeline';
import { openBenchDatabase } from '../support/database';
import { collectVideos } from '../support/emulator-log';
import { toRow } from '../support/rows';
import { startBenchEmulator } from '../support/servers';
import { silentLogger } from '../support/silent-logger';
import { quantile, summarize } from '../support/stats';
import { meterStore } from '../support/store-meter';
import type { BenchContext, BenchGroup, BenchRow } from '../support/types';
import { createBenchVodClient } from '../support/vod-client';

const english = translatorFor('en');

/**
 * The whole save path as the server action runs it: the request's structural check, the batch service's
 * validation, the batch persisted, each chunk pre-read for conflicts right before its update, sent through
 * lib/vod to the emulator at 80 ms latency, and every outcome written back. Timed from the request to the
 * finished batch; the pre-read → update window (from the read leaving to the update leaving) per chunk.
 */

const LATENCY_MS = 80;
const TARGET_SHARE = 0.9;
// Below this many videos a save is bound by latency, not by the API limit, so the issue sets no target.
const TARGET_FROM = 2_000;
const WARMUP_SIZE = 200;
const ACTION = 'UpdateVideoInfos';
// Saves follow each other as an editor's do, not back to back: a batch that finished a moment before the
// next save's early pre-read left would (rightly) make the service distrust that read (see PrimedRead).
const PAUSE_BETWEEN_SAVES_MS = 1_000;

interface SaveRound {
  seconds: number;
  storeBusyMs: number;
  updated: number;
  /** Per chunk: its pre-read leaving → its update leaving, in ms. */
  windows: number[];
  timeline: CallTimeline;
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  const sizes = context.quick ? [20] : [20, 200, 2_000, 10_000];
  const largest = Math.max(...sizes);
  const emulator = await startBenchEmulator(largest);
  const database = await openBenchDatabase();
  let stopService: () => Promise<void> = async () => undefined;
  try {
    const client = createBenchVodClient(emulator);
    const videos: Video[] = await collectVideos(client, largest);
    const user = await insertUser({ email: 'bench-editor@bench.local', role: 'editor' }, database.db);
    if (!user) throw new Error('the benchmark user could not be created');
    const actor: BatchActor = { id: user.id, email: user.email, role: user.role };
    let windows: number[] = [];
    const service = createBatchService({
      db: database.db,
      vod: client,
      maxSaveVideos: largest,
      logger: silentLogger,
      onPreReadWindow: (ms) => windows.push(ms),
    });
    stopService = () => service.stop();
    await emulator.control.setFaults({ latencyMs: LATENCY_MS });

    let edition = 0;
    const save = async (count: number): Promise<SaveRound> => {
      edition++;
      // The base must be what VOD holds, or the conflict check (rightly) refuses to send.
      const request: SaveRequest = {
        label: `bench edition ${edition}`,
        items: videos.slice(0, count).map((video) => ({
          videoId: video.id,
          title: video.title,
          base: { title: video.title },
          changes: { title: `Bench edition ${edition} · ${video.id}` },
        })),
      };
      windows = [];
      const meter = meterStore();
      // The emulator's log and this process share the machine's clock.
      const startedAt = Date.now();
      const started = performance.now();
      const result = await service.saveChanges(actor, saveRequestSchema.parse(request), english);
      if (!result.ok) throw new Error(`the save was refused: ${result.message}`);
      const progress = await service.runBatch(result.batchId);
      const seconds = (performance.now() - started) / 1000;
      const doneAt = Date.now();
      const { busyMs } = meter.stop();
      const timeline = callTimeline(
        await emulator.control.requests({ action: ACTION, since: startedAt }),
        ACTION,
        startedAt,
        doneAt,
      );
      if (!progress) throw new Error(`batch ${result.batchId} did not finish`);
      request.items.forEach((item, i) => {
        videos[i]!.title = item.changes.title!;
      });
      return { seconds, storeBusyMs: busyMs, updated: progress.counts.updated, windows, timeline };
    };

    const rows: BenchRow[] = [];
    for (let i = 0; i < context.plan.warmup; i++) await save(Math.min(WARMUP_SIZE, largest));
    for (const size of sizes) {
      const rounds: SaveRound[] = [];
      for (let round = 0; round < context.plan.runs; round++) {
        await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_SAVES_MS));
        rounds.push(await save(size));
        const last = rounds.at(-1)!;
        context.progress(
          `save: ${size} videos, round ${round + 1}: ${Math.round(size / last.seconds)}/s; ${describeTimeline(last.timeline)}`,
        );
      }
      const rates = rounds.map((round) => size / round.seconds);
      const notUpdated = rounds.reduce((sum, round) => sum + size - round.updated, 0);
      const label = `save ${size.toLocaleString('en-US')} videos`;
      rows.push(
        toRow({
          group: 'save',
          name: `${label}: action core → store → lib/vod → emulator (${LATENCY_MS} ms)`,
          unit: 'videos/s',
          samples: rates,
          ...(size >= TARGET_FROM
            ? {
                target: {
                  op: 'ge' as const,
                  threshold: TARGET_SHARE * MAX_VIDEOS_PER_SECOND,
                  unit: 'videos/s',
                },
              }
            : {}),
          baseline: {
            baseline: {
              label: 'API limit',
              value: MAX_VIDEOS_PER_SECOND,
              unit: 'videos/s',
              ratioFormat: 'percent',
            },
            ratios: rates.map((rate) => rate / MAX_VIDEOS_PER_SECOND),
          },
          ...(notUpdated > 0 ? { note: `${notUpdated} videos were not updated` } : {}),
        }),
        toRow({
          group: 'save',
          name: `${label}: database busy time per video`,
          unit: 'µs/video',
          samples: rounds.map((round) => (round.storeBusyMs * 1000) / size),
          baseline: {
            baseline: {
              label: 'save time per video',
              value: summarize(rounds.map((round) => (round.seconds * 1_000_000) / size)).median,
              unit: 'µs/video',
              ratioFormat: 'percent',
            },
            ratios: rounds.map((round) => round.storeBusyMs / 1000 / round.seconds),
          },
        }),
        ...([0.5, 0.95] as const).map((q) =>
          toRow({
            group: 'save',
            name: `${label}: pre-read → update window, p${q * 100} of the chunks`,
            unit: 'ms',
            samples: rounds.map((round) => quantile(round.windows, q)),
            baseline: {
              baseline: {
                label: 'emulator latency',
                value: LATENCY_MS,
                unit: 'ms',
                ratioFormat: 'factor',
              },
              ratios: rounds.map((round) => quantile(round.windows, q) / LATENCY_MS),
            },
          }),
        ),
        ...(size >= TARGET_FROM
          ? timelineRows(
              'save',
              label,
              ACTION,
              rounds.map((round) => round.timeline),
            )
          : []),
      );
    }
    return rows;
  } finally {
    await stopService();
    await database.close();
    await emulator.close();
  }
}

export const saveGroup: BenchGroup = {
  name: 'save',
  title: `the whole save path against the emulator at ${LATENCY_MS} ms latency`,
  run,
};
