import 'server-only';
import { setMaxListeners } from 'node:events';
import { LIMITS, QPS_LIMITS } from '@/lib/edits/limits';
import { chunk, mergeChanges } from './chunk';
import { abortedError, isThrottling, VodError } from './errors';
import { classifyUpdate, failedOutcomes, isItemRejection } from './outcomes';
import { runPool } from './pool';
import { reshapeChange } from './reshape';
import { parseUpdateVideoInfos } from './schemas';
import type { VodTransport } from './transport';
import type { ChunkReport, VideoChange, VideoOutcome } from './types';

export interface UpdateVideosOptions {
  /** Called as each chunk lands, in landing order; the next chunks keep going meanwhile. */
  onChunk?: (report: ChunkReport) => void | Promise<void>;
  /** Stops sending: chunks not yet sent end `failed` with code Aborted; calls in flight still report. */
  signal?: AbortSignal;
  /** Chunks of this call in flight or waiting for the pacer at once. */
  concurrency?: number;
  /** The pacer lane the calls queue in (see Pacer); one per batch keeps concurrent batches fair. */
  lane?: string;
}

export interface UpdateVideosResult {
  /** One per distinct video, in the order videos first appear in the changes. */
  outcomes: VideoOutcome[];
  chunks: number;
  /** UpdateVideoInfos calls made, including retries and halving. */
  calls: number;
}

const ACTION = 'UpdateVideoInfos';
// Two seconds' worth of calls per operation: enough to keep the account's budget busy at normal latency
// while leaving room in the FIFO pacer queue for other operations to interleave.
const DEFAULT_CONCURRENCY = 2 * QPS_LIMITS[ACTION]!;

interface ChunkTally {
  attempts: number;
  throttled: number;
  requestIds: string[];
}

async function sendItems(
  transport: VodTransport,
  items: VideoChange[],
  tally: ChunkTally,
  signal: AbortSignal,
  lane: string | undefined,
): Promise<VideoOutcome[]> {
  try {
    const { body } = await transport.call(
      ACTION,
      { UpdateContent: JSON.stringify(items.map(reshapeChange)) },
      {
        signal,
        lane,
        logFields: { items: items.length },
        onAttempt: ({ requestId, error }) => {
          tally.attempts++;
          if (error && isThrottling(error)) tally.throttled++;
          if (requestId) tally.requestIds.push(requestId);
        },
      },
    );
    return classifyUpdate(items, parseUpdateVideoInfos(body));
  } catch (thrown) {
    if (!(thrown instanceof VodError)) throw thrown;
    if (items.length > 1 && isItemRejection(thrown) && !signal.aborted) {
      // Halve until the offending item stands alone; the rest of the chunk still saves.
      const middle = Math.ceil(items.length / 2);
      const halves = await Promise.all([
        sendItems(transport, items.slice(0, middle), tally, signal, lane),
        sendItems(transport, items.slice(middle), tally, signal, lane),
      ]);
      return halves.flat();
    }
    return failedOutcomes(items, thrown);
  }
}

/**
 * Saves any number of per-video changes in the fewest UpdateVideoInfos calls: merged per video, chunked by
 * 20, sent concurrently under the account's pacer, retried when worth it, every video accounted for.
 */
export async function updateVideos(
  transport: VodTransport,
  changes: readonly VideoChange[],
  options: UpdateVideosOptions = {},
): Promise<UpdateVideosResult> {
  const chunks = chunk(mergeChanges(changes), LIMITS.updateItemsPerCall);
  const outcomes: VideoOutcome[][] = new Array(chunks.length);
  // A failing onChunk (e.g. the database is gone) stops further sends; its error is rethrown at the end.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  // Every waiting chunk listens for the abort; dozens of listeners are expected, not a leak.
  setMaxListeners(0, signal);
  let reportError: { error: unknown } | null = null;
  let calls = 0;

  await runPool(chunks, options.concurrency ?? DEFAULT_CONCURRENCY, async (items, chunkIndex) => {
    const startedAt = new Date();
    const started = performance.now();
    const tally: ChunkTally = { attempts: 0, throttled: 0, requestIds: [] };
    const landed = signal.aborted
      ? failedOutcomes(items, abortedError())
      : await sendItems(transport, items, tally, signal, options.lane);
    calls += tally.attempts;
    outcomes[chunkIndex] = landed;
    if (!options.onChunk || reportError) return;
    try {
      await options.onChunk({
        chunkIndex,
        videoIds: items.map((item) => item.videoId),
        startedAt,
        durationMs: Math.round(performance.now() - started),
        attempts: tally.attempts,
        throttled: tally.throttled,
        requestIds: tally.requestIds,
        outcomes: landed,
      });
    } catch (error) {
      reportError = { error };
      stop.abort();
    }
  });

  if (reportError) throw (reportError as { error: unknown }).error;
  return { outcomes: outcomes.flat(), chunks: chunks.length, calls };
}
