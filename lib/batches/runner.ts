import 'server-only';
import { setMaxListeners } from 'node:events';
import type { Database } from '@/lib/db';
import {
  finishBatch,
  finishChunk,
  getNextChunkSeq,
  type ItemResult,
  listPendingItems,
  markBatchRunning,
  type PendingItem,
  recordUnsentResults,
  requeueInterruptedWork,
  startChunk,
} from '@/lib/db/queries/batches';
import type { BatchRow } from '@/lib/db/schema';
import { LIMITS } from '@/lib/edits/limits';
import { type VodClient, VodError } from '@/lib/vod';
import type { ChunkReport } from '@/lib/vod/types';
import { findConflict } from './conflicts';
import { resultFromError, resultFromOutcome } from './outcomes';

/** What a run needs from the outside world. */
export interface RunnerDeps {
  /** The caller's database; the process-wide one when absent. */
  db?: Database;
  vod: Pick<VodClient, 'getVideos' | 'updateVideos'>;
  /** Chunks of one batch in flight (sending or waiting for the pacer) at once. */
  chunkConcurrency?: number;
  /** Items pre-read ahead of sending (rounded up to whole GetVideoInfos calls). */
  readWindow?: number;
}

// Enough chunks in flight to keep the account's 30 calls/s busy at up to ~400 ms per call plus the
// database writes around it, while the shared FIFO pacer queue stays short (about half a second) so a
// second batch's calls start interleaving with this one's almost at once.
const DEFAULT_CHUNK_CONCURRENCY = 16;
// Twenty GetVideoInfos calls ahead: reads (at 100 calls/s) stay ahead of sending (at 30 calls/s), yet the
// conflict check stays within about a second of the write.
const DEFAULT_READ_WINDOW = 20 * LIMITS.getVideoIdsPerCall;
// Pending items fetched from the database per query: one read-ahead window, so the first read starts
// after a small query.
const LIST_PAGE = DEFAULT_READ_WINDOW;

/** Whether a batch has ended (every item in a final status). */
export function isFinishedStatus(status: BatchRow['status']): boolean {
  return status === 'done' || status === 'done_with_problems';
}

type PreRead = { ok: true; sendable: PendingItem[] } | { ok: false; error: unknown };

/**
 * Runs an unfinished batch until every pending item has a final status and returns the finished batch.
 * Items left `sending` by an earlier run are sent again (an update sets absolute values, so that is
 * harmless). When `signal` aborts, the run stops where it is and returns null, leaving the batch for a
 * later resume.
 */
export async function executeBatch(
  batchId: string,
  deps: RunnerDeps,
  signal: AbortSignal,
): Promise<BatchRow | null> {
  const { db } = deps;
  await requeueInterruptedWork(batchId, db);
  await markBatchRunning(batchId, db);
  let seq = await getNextChunkSeq(batchId, db);

  // A worker's failure (e.g. the database went away) stops the others and the reader.
  const stop = new AbortController();
  const halt = AbortSignal.any([signal, stop.signal]);
  // Every chunk in flight and every read ahead listens for the halt; dozens are expected, not a leak.
  setMaxListeners(0, halt);
  const chunks = sendableChunks(batchId, deps, halt);
  const worker = async () => {
    while (!halt.aborted) {
      const next = await chunks.next();
      if (next.done) return;
      await sendChunk(batchId, seq++, next.value, deps, halt);
    }
  };
  try {
    const settled = await Promise.allSettled(
      Array.from({ length: deps.chunkConcurrency ?? DEFAULT_CHUNK_CONCURRENCY }, () =>
        worker().catch((error: unknown) => {
          stop.abort();
          throw error;
        }),
      ),
    );
    // Every worker has stopped before the failure is reported, so nothing writes after it.
    const failure = settled.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  } finally {
    await chunks.return(undefined);
  }
  if (signal.aborted) return null;
  return finishBatch(batchId, db);
}

/**
 * The batch's pending items, pre-read and checked for conflicts, regrouped into chunks of at most 20
 * sendable items (so the fewest UpdateVideoInfos calls are made). Reads run one GetVideoInfos call per 20
 * items, up to a window of items ahead of the last chunk handed out, and each read's sendable items join
 * the next chunk as soon as it lands: the first update goes out about one read after the start, and
 * sending never waits on a whole window of reads.
 */
async function* sendableChunks(
  batchId: string,
  deps: RunnerDeps,
  signal: AbortSignal,
): AsyncGenerator<PendingItem[], void, undefined> {
  const readAhead = Math.max(
    1,
    Math.ceil((deps.readWindow ?? DEFAULT_READ_WINDOW) / LIMITS.getVideoIdsPerCall),
  );
  const listed: PendingItem[] = [];
  let cursor = 0;
  let exhausted = false;
  const reads: Promise<PreRead>[] = [];
  const buffer: PendingItem[] = [];

  // Starts reads until `readAhead` are in flight or every pending item has been read.
  const fill = async () => {
    while (reads.length < readAhead && !signal.aborted) {
      if (listed.length < LIMITS.getVideoIdsPerCall && !exhausted) {
        const page = await listPendingItems(batchId, cursor, LIST_PAGE, deps.db);
        exhausted = page.length < LIST_PAGE;
        cursor = page.at(-1)?.id ?? cursor;
        listed.push(...page);
      }
      if (listed.length === 0) return;
      reads.push(preRead(batchId, listed.splice(0, LIMITS.getVideoIdsPerCall), deps, signal));
    }
  };

  try {
    await fill();
    for (let next = reads.shift(); next; next = reads.shift()) {
      const read = await next;
      if (!read.ok) throw read.error;
      buffer.push(...read.sendable);
      await fill();
      while (buffer.length >= LIMITS.updateItemsPerCall) {
        if (signal.aborted) return;
        yield buffer.splice(0, LIMITS.updateItemsPerCall);
      }
    }
    if (buffer.length > 0 && !signal.aborted) yield buffer.splice(0);
  } finally {
    // Reads still in flight record their settled items; they must land before the run reports its end,
    // or a resume could list an item that a late read then marks. preRead never rejects.
    await Promise.all(reads);
  }
}

/**
 * Re-reads a window's videos and settles the items that must not be sent: the video is gone (not_found)
 * or someone changed an edited field since the editor loaded it (conflict). A failed read fails the
 * window's items with its error. Never rejects: the result is awaited later than it is started.
 */
async function preRead(
  batchId: string,
  items: readonly PendingItem[],
  deps: RunnerDeps,
  signal: AbortSignal,
): Promise<PreRead> {
  try {
    let found: Awaited<ReturnType<RunnerDeps['vod']['getVideos']>>;
    try {
      found = await deps.vod.getVideos(
        items.map((item) => item.videoId),
        { signal, lane: batchId },
      );
    } catch (error) {
      if (!(error instanceof VodError)) throw error;
      // An aborted read leaves its items pending for the resume.
      if (!signal.aborted) {
        await recordUnsentResults(
          batchId,
          items.map((item) => resultFromError(item.id, error)),
          deps.db,
        );
      }
      return { ok: true, sendable: [] };
    }
    const videos = new Map(found.videos.map((video) => [video.id, video]));
    const settled: ItemResult[] = [];
    const sendable: PendingItem[] = [];
    for (const item of items) {
      const video = videos.get(item.videoId);
      const current = video ? findConflict(item, video) : null;
      if (!video) settled.push({ itemId: item.id, status: 'not_found' });
      else if (current) settled.push({ itemId: item.id, status: 'conflict', current });
      else sendable.push(item);
    }
    await recordUnsentResults(batchId, settled, deps.db);
    return { ok: true, sendable };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Sends one chunk and writes what became of each of its items, with the chunk's timeline. */
async function sendChunk(
  batchId: string,
  seq: number,
  items: readonly PendingItem[],
  deps: RunnerDeps,
  signal: AbortSignal,
): Promise<void> {
  const chunkId = await startChunk(
    batchId,
    seq,
    items.map((item) => ({ itemId: item.id, videoId: item.videoId })),
    deps.db,
  );
  const started = performance.now();
  const reports: ChunkReport[] = [];
  // updateVideos turns every VOD failure into per-video outcomes; what it throws is a bug, left to the run.
  const { outcomes } = await deps.vod.updateVideos(
    items.map((item) => ({ videoId: item.videoId, changes: item.changes })),
    {
      signal,
      lane: batchId,
      onChunk: (report) => {
        reports.push(report);
      },
    },
  );
  // After an abort the items stay `sending`: the resume sends them again rather than trusting a cut call.
  if (signal.aborted) return;
  const byVideo = new Map(outcomes.map((outcome) => [outcome.videoId, outcome]));
  const results = items.map((item) => {
    const outcome = byVideo.get(item.videoId);
    if (!outcome) throw new Error(`updateVideos reported no outcome for ${item.videoId}`);
    return resultFromOutcome(item.id, outcome);
  });
  await finishChunk(
    batchId,
    chunkId,
    {
      status: results.every((result) => result.status === 'failed') ? 'failed' : 'done',
      durationMs: Math.round(performance.now() - started),
      attempts: reports.reduce((sum, report) => sum + report.attempts, 0),
      throttled: reports.reduce((sum, report) => sum + report.throttled, 0),
      requestIds: reports.flatMap((report) => report.requestIds),
    },
    results,
    deps.db,
  );
}
