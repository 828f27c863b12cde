import 'server-only';
import { setMaxListeners } from 'node:events';
import type { Database } from '@/lib/db';
import {
  finishBatch,
  finishChunk,
  getNextChunkSeq,
  type ItemResult,
  listPendingItemIds,
  listPendingPage,
  markBatchRunning,
  type PendingItem,
  recordUnsentResults,
  requeueInterruptedWork,
  startChunk,
} from '@/lib/db/queries/batches';
import type { BatchRow } from '@/lib/db/schema';
import { LIMITS } from '@/lib/edits/limits';
import { type Logger, log } from '@/lib/log';
import { type VodClient, VodError } from '@/lib/vod';
import { classifyRead } from './classify';
import { OutageGate, type OutagePolicy, pause } from './outage';
import { resultFromError, resultFromOutcome } from './outcomes';
import type { PrimedRead } from './primed-read';

/** What a run needs from the outside world. */
export interface RunnerDeps {
  /** The caller's database; the process-wide one when absent. */
  db?: Database;
  vod: Pick<VodClient, 'getVideos' | 'updateChunk'>;
  /** Chunks of one batch in flight (pre-reading, sending or waiting for the pacer) at once. */
  chunkConcurrency?: number;
  /** How long to wait for VOD when it is unreachable, failing or throttling (see OutagePolicy). */
  outage?: Partial<OutagePolicy>;
  /** How often a run whose next videos are held by an earlier batch looks again, in ms. */
  blockedPollMs?: number;
  /**
   * The app server holding the batch's lease (lib/batches/leases.ts): a chunk is sent only while it still
   * holds it. Absent in tests that run batches without leases.
   */
  leaseOwner?: string;
  /** Told, per chunk, the time from its pre-read leaving to its update leaving (the benchmark's window). */
  onPreReadWindow?: (ms: number) => void;
  logger?: Logger;
}

// Each chunk is pre-read right before its update, so a worker spends about two round trips per call; ten
// workers keep the account's 30 calls/s busy at up to ~150 ms per call plus the database writes, while the
// shared pacer queue (and with it the pre-read → update window) stays short.
const DEFAULT_CHUNK_CONCURRENCY = 10;
// Ready items listed per query: ten chunks' worth, so listing costs a query per ten calls.
const LIST_PAGE = 10 * LIMITS.updateItemsPerCall;
const DEFAULT_BLOCKED_POLL_MS = 200;

/** Whether a batch has ended (every item in a final status). */
export function isFinishedStatus(status: BatchRow['status']): boolean {
  return status === 'done' || status === 'done_with_problems';
}

interface Run {
  batchId: string;
  deps: RunnerDeps;
  signal: AbortSignal;
  /** Fires when the run should take no more chunks but finish the ones in flight. */
  drain: AbortSignal;
  gate: OutageGate;
  /** The first chunk's pre-read, sent while the batch was stored. */
  primed?: PrimedRead;
  /** Items handed to a worker and not yet final: a listing skips them. */
  held: Set<number>;
  nextSeq(): number;
}

/**
 * Runs an unfinished batch until every pending item has a final status and returns the finished batch.
 * The batch runner owns chunking and concurrency: workers take chunks of at most 20 ready items, pre-read
 * each chunk immediately before its update, and send it with lib/vod's one-chunk update. Items left
 * `sending` by an earlier run are read back first. When `signal` aborts, the run stops where it is and
 * returns null, leaving the batch for a later resume. When `drain` fires, the run takes no new chunks,
 * finishes the ones in flight and returns null (a graceful shutdown). `primed` is the first chunk's
 * pre-read when it was sent while the batch was stored.
 */
export async function executeBatch(
  batchId: string,
  deps: RunnerDeps,
  signal: AbortSignal,
  drain: AbortSignal = new AbortController().signal,
  primed?: PrimedRead,
): Promise<BatchRow | null> {
  const { db } = deps;
  await requeueInterruptedWork(batchId, db);
  await markBatchRunning(batchId, db);
  let seq = await getNextChunkSeq(batchId, db);

  // A worker's failure (e.g. the database went away) stops the others and the feed.
  const stop = new AbortController();
  const halt = AbortSignal.any([signal, stop.signal]);
  // Every chunk in flight and every wait listens for the halt; dozens are expected, not a leak.
  setMaxListeners(0, halt);
  const run: Run = {
    batchId,
    deps,
    signal: halt,
    drain,
    gate: new OutageGate(batchId, deps.outage, deps.db, deps.logger ?? log),
    ...(primed ? { primed } : {}),
    held: new Set(),
    nextSeq: () => seq++,
  };
  const chunks = readyChunks(run);
  const worker = async () => {
    while (!halt.aborted) {
      const next = await chunks.next();
      if (next.done) return;
      try {
        await processChunk(run, next.value);
      } finally {
        for (const item of next.value) run.held.delete(item.id);
      }
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
  if (signal.aborted || drain.aborted) return null;
  const gaveUp = run.gate.gaveUp;
  if (gaveUp) {
    // Items never handed out (some held back by an earlier batch) end with the same retryable failure.
    const ids = await listPendingItemIds(batchId, db);
    await recordUnsentResults(
      batchId,
      ids.map((id) => resultFromError(id, gaveUp)),
      db,
    );
  }
  await run.gate.clear();
  return finishBatch(batchId, db);
}

/**
 * The batch's pending items in chunks of at most 20, listed a page at a time. Items an earlier batch still
 * holds (see listPendingPage) are skipped; once a pass over the batch hands out nothing while some remain
 * pending, the feed waits a moment and passes again, until none remain.
 */
async function* readyChunks(run: Run): AsyncGenerator<PendingItem[], void, undefined> {
  const { batchId, deps, signal, drain } = run;
  const size = LIMITS.updateItemsPerCall;
  const stopped = () => signal.aborted || drain.aborted || run.gate.gaveUp !== null;
  while (!stopped()) {
    let cursor = 0;
    let handedOut = 0;
    let blocked = 0;
    const buffer: PendingItem[] = [];
    for (;;) {
      const { items } = await listPendingPage(batchId, cursor, LIST_PAGE, [...run.held], deps.db);
      cursor = items.at(-1)?.id ?? cursor;
      for (const { blocked: isBlocked, ...item } of items) {
        if (isBlocked) blocked++;
        else buffer.push(item);
      }
      const isLast = items.length < LIST_PAGE;
      while (buffer.length >= size || (isLast && buffer.length > 0)) {
        if (stopped()) return;
        const next = buffer.splice(0, size);
        for (const item of next) run.held.add(item.id);
        handedOut += next.length;
        yield next;
      }
      if (isLast) break;
    }
    if (handedOut > 0) continue;
    if (blocked === 0) return;
    await pause(deps.blockedPollMs ?? DEFAULT_BLOCKED_POLL_MS, AbortSignal.any([signal, drain]));
  }
}

/**
 * Takes one chunk to final statuses: pre-read, settle what must not be sent, send the rest, and for an
 * answer that never arrived read the videos back and classify them (applied, not applied → sent again,
 * changed by someone else → conflict). While VOD is unreachable, failing or throttling, the chunk waits at
 * the run's outage gate; after the gate gives up, its open items fail as retryable.
 */
async function processChunk(run: Run, chunk: readonly PendingItem[]): Promise<void> {
  const { batchId, deps, signal, gate } = run;
  let items = chunk.map((item) => ({ item, sent: item.attempts > 0 }));
  while (items.length > 0) {
    await gate.wait(signal);
    if (signal.aborted) return;
    if (gate.gaveUp) {
      await recordUnsentResults(
        batchId,
        items.map(({ item }) => resultFromError(item.id, gate.gaveUp!)),
        deps.db,
      );
      return;
    }
    const videoIds = items.map(({ item }) => item.videoId);
    const primedRead = run.primed?.take(videoIds) ?? null;
    const readAt = primedRead?.startedAt ?? performance.now();
    let found: Awaited<ReturnType<RunnerDeps['vod']['getVideos']>>;
    try {
      found = await (primedRead?.result ?? deps.vod.getVideos(videoIds, { signal, lane: batchId }));
      // A primed read does not listen for the abort.
      if (signal.aborted) return;
    } catch (error) {
      if (!(error instanceof VodError)) throw error;
      // An aborted read leaves its items where they are for the resume.
      if (signal.aborted) return;
      if (error.retryable) {
        await gate.failed(error);
        continue;
      }
      await recordUnsentResults(
        batchId,
        items.map(({ item }) => resultFromError(item.id, error)),
        deps.db,
      );
      return;
    }
    const videos = new Map(found.videos.map((video) => [video.id, video]));
    const { settled, sending } = classifyRead(items, videos);
    const chunkId = await startChunk(batchId, run.nextSeq(), sending, settled, deps.db, deps.leaseOwner);
    if (chunkId === null || sending.length === 0) return;

    let windowTold = false;
    const update = await deps.vod.updateChunk(
      sending.map((item) => ({ videoId: item.videoId, changes: item.changes })),
      {
        signal,
        lane: batchId,
        onSend: () => {
          if (windowTold) return;
          windowTold = true;
          deps.onPreReadWindow?.(performance.now() - readAt);
        },
      },
    );
    // After an abort the items stay `sending`: the resume reads them back rather than trusting a cut call.
    if (signal.aborted) return;

    const byVideo = new Map(update.outcomes.map((outcome) => [outcome.videoId, outcome]));
    const finals: ItemResult[] = [];
    const again: typeof items = [];
    let waitFor: VodError | null = null;
    for (const sent of sending) {
      const outcome = byVideo.get(sent.videoId);
      if (!outcome) throw new Error(`updateChunk reported no outcome for ${sent.videoId}`);
      const open = items.find(({ item }) => item.id === sent.itemId)!;
      if (outcome.status === 'unknown' || (outcome.status === 'failed' && outcome.error?.retryable)) {
        again.push({ item: open.item, sent: open.sent || outcome.status === 'unknown' });
        waitFor ??= new VodError({
          code: outcome.error?.code ?? 'UnknownError',
          message: outcome.error?.message ?? '',
          requestId: outcome.requestId,
          retryable: true,
        });
      } else finals.push(resultFromOutcome(sent.itemId, outcome));
    }
    await finishChunk(
      batchId,
      chunkId,
      {
        status: finals.length === 0 ? 'failed' : 'done',
        durationMs: update.durationMs,
        attempts: update.attempts,
        throttled: update.throttled,
        requestIds: update.requestIds,
      },
      finals,
      deps.db,
    );
    // Only an update's clear answer ends an outage: reads may answer while updates keep failing.
    if (waitFor) await gate.failed(waitFor);
    else await gate.succeeded();
    items = again;
  }
}
