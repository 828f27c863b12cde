import { LIMITS, MAX_VIDEOS_PER_SECOND } from '@/lib/edits/limits';
import { reshapeChange, type VideoChange, type VideoOutcome } from '@/lib/vod';
import { runPool } from '../support/concurrency';
import { type CallTally, collectVideos, countCalls } from '../support/emulator-log';
import { createRpcCall, type RpcCall } from '../support/openapi';
import { timed } from '../support/repeat';
import { pairedRatios, toRow } from '../support/rows';
import { startBenchEmulator } from '../support/servers';
import type { BenchContext, BenchGroup, BenchRow } from '../support/types';
import { createBenchVodClient } from '../support/vod-client';

/**
 * lib/vod's updateChunk with ten chunks in flight, as the batch runner sends them, against the emulator
 * answering after 80 ms, as VOD across a continent would, beside a naive loop sending the same chunks one
 * call at a time. Both are compared with the physical ceiling of
 * 30 UpdateVideoInfos calls per second × 20 videos.
 */

const LATENCY_MS = 80;
const ACTION = 'UpdateVideoInfos';
const TARGET_SHARE = 0.95;
// The throughput target is for 10,000 videos; the quick run's 400 are dominated by the first and
// last round trips, so they carry no target.
const TARGET_SIZE = 10_000;
// The batch runner's default worker count, so this measures lib/vod the way saves use it.
const CHUNKS_IN_FLIGHT = 10;

/** Changes that really alter every video (a new title per round), so the emulator does the full work. */
function titleChanges(videoIds: readonly string[], round: number): VideoChange[] {
  return videoIds.map((videoId, i) => ({ videoId, changes: { title: `Bench round ${round} video ${i}` } }));
}

interface RoundResult {
  videosPerSecond: number;
  tally: CallTally;
  throttledAtCaller: number;
  notUpdated: number;
}

async function naiveLoop(call: RpcCall, changes: readonly VideoChange[]): Promise<number> {
  // What a first version would do: one chunk after another, no concurrency, no pacing, no retries.
  for (let start = 0; start < changes.length; start += LIMITS.updateItemsPerCall) {
    const items = changes.slice(start, start + LIMITS.updateItemsPerCall);
    await call(ACTION, { UpdateContent: JSON.stringify(items.map(reshapeChange)) });
  }
  return changes.length;
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  const videos = context.quick ? 400 : TARGET_SIZE;
  const emulator = await startBenchEmulator(videos);
  try {
    const client = createBenchVodClient(emulator);
    const naiveCall = createRpcCall(emulator);
    const videoIds = (await collectVideos(client, videos)).map((video) => video.id);
    await emulator.control.setFaults({ latencyMs: LATENCY_MS });

    const measureUpdate = async (round: number, ids: readonly string[]): Promise<RoundResult> => {
      await emulator.control.clearRequests();
      const changes = titleChanges(ids, round);
      const size = LIMITS.updateItemsPerCall;
      const chunks = Array.from({ length: Math.ceil(changes.length / size) }, (_, i) =>
        changes.slice(i * size, (i + 1) * size),
      );
      const { ms, result } = await timed(async () => {
        const outcomes: VideoOutcome[] = [];
        await runPool(chunks.length, CHUNKS_IN_FLIGHT, async (index) => {
          outcomes.push(...(await client.updateChunk(chunks[index]!)).outcomes);
        });
        return { outcomes };
      });
      const throttledAtCaller = result.outcomes.filter((outcome) =>
        outcome.error?.code.startsWith('Throttling'),
      ).length;
      return {
        videosPerSecond: ids.length / (ms / 1000),
        tally: countCalls(await emulator.control.requests({ action: ACTION }), ACTION),
        throttledAtCaller,
        notUpdated: result.outcomes.filter((outcome) => outcome.status !== 'updated').length,
      };
    };
    const measureNaive = async (round: number, ids: readonly string[]): Promise<number> => {
      const { ms } = await timed(() => naiveLoop(naiveCall, titleChanges(ids, round)));
      return ids.length / (ms / 1000);
    };

    // Warm-up on a tenth of the videos: JIT, sockets and the emulator's indexes, without a full round's wait.
    const warmupIds = videoIds.slice(0, Math.max(LIMITS.updateItemsPerCall * 5, videos / 10));
    for (let i = 0; i < context.plan.warmup; i++) {
      await measureUpdate(-1 - i, warmupIds);
      await measureNaive(-1 - i, warmupIds);
    }
    const rounds: { update: RoundResult; naive: number }[] = [];
    for (let round = 0; round < context.plan.runs; round++) {
      const update = await measureUpdate(round, videoIds);
      const naive = await measureNaive(round + context.plan.runs, videoIds);
      rounds.push({ update, naive });
      context.progress(
        `vod: round ${round + 1}: updateChunk ${Math.round(update.videosPerSecond)}/s, naive ${Math.round(naive)}/s`,
      );
    }

    const updateRates = rounds.map((round) => round.update.videosPerSecond);
    const naiveRates = rounds.map((round) => round.naive);
    const limit = {
      ratioFormat: 'percent' as const,
      label: 'API limit',
      value: MAX_VIDEOS_PER_SECOND,
      unit: 'videos/s',
    };
    const size = `${videos.toLocaleString('en-US')} videos, ${LATENCY_MS} ms latency`;
    const minimumCalls = Math.ceil(videos / LIMITS.updateItemsPerCall);
    const notUpdated = rounds.reduce((sum, round) => sum + round.update.notUpdated, 0);
    return [
      toRow({
        group: 'vod',
        name: `updateChunk × ${CHUNKS_IN_FLIGHT} in flight, ${size}`,
        unit: 'videos/s',
        samples: updateRates,
        ...(videos >= TARGET_SIZE
          ? {
              target: {
                op: 'ge' as const,
                threshold: TARGET_SHARE * MAX_VIDEOS_PER_SECOND,
                unit: 'videos/s',
              },
            }
          : {}),
        baseline: { baseline: limit, ratios: updateRates.map((rate) => rate / MAX_VIDEOS_PER_SECOND) },
        ...(notUpdated > 0 ? { note: `${notUpdated} outcomes were not "updated"` } : {}),
      }),
      toRow({
        group: 'vod',
        name: `naive sequential loop, same chunks, ${size}`,
        unit: 'videos/s',
        samples: naiveRates,
        baseline: { baseline: limit, ratios: naiveRates.map((rate) => rate / MAX_VIDEOS_PER_SECOND) },
      }),
      toRow({
        group: 'vod',
        name: 'updateChunk in flight: speed-up over the naive loop',
        unit: '×',
        samples: pairedRatios(updateRates, naiveRates),
      }),
      toRow({
        group: 'vod',
        name: `UpdateVideoInfos calls made (fewest possible: ${minimumCalls})`,
        unit: 'calls',
        samples: rounds.map((round) => round.update.tally.calls),
      }),
      toRow({
        group: 'vod',
        name: 'throttling errors answered by the emulator',
        unit: 'errors',
        samples: rounds.map((round) => round.update.tally.throttled),
      }),
      toRow({
        group: 'vod',
        name: 'throttling errors reaching the caller',
        unit: 'errors',
        samples: rounds.map((round) => round.update.throttledAtCaller),
        target: { op: 'eq', threshold: 0, unit: 'errors' },
      }),
    ];
  } finally {
    await emulator.close();
  }
}

export const vodGroup: BenchGroup = {
  name: 'vod',
  title: `lib/vod updateChunk against the emulator at ${LATENCY_MS} ms latency, beside a naive loop`,
  run,
};
