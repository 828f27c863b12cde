import 'server-only';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type AuditActor, type AuditRecord, recordAudit } from '@/lib/audit/record';
import { hasRole } from '@/lib/auth/roles';
import {
  BatchLeaseLostError,
  claimBatchLease,
  listClaimableBatches,
  releaseBatchLeases,
  renewBatchLeases,
} from '@/lib/db/queries/batch-leases';
import type { NewBatchItem } from '@/lib/db/queries/batches';
import {
  anyOtherBatchAtWork,
  countRetryableItems,
  getBatch,
  getNewestRetry,
  insertBatchWithItems,
  listItemOutcomes,
  listRetryableItems,
  listUpdatedItems,
  markBatchInterrupted,
} from '@/lib/db/queries/batches';
import { getUserById } from '@/lib/db/queries/users';
import type { BatchRow } from '@/lib/db/schema';
import { LIMITS } from '@/lib/edits/limits';
import { summarizeChanges } from '@/lib/history/summary';
import { summaryText } from '@/lib/i18n/batch-text';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { type Translator, translatorFor } from '@/lib/i18n/translator';
import { type Logger, log } from '@/lib/log';
import { checkSaveRequest, type SaveCheck, type SaveRequest } from './input';
import { toItemOutcome } from './outcomes';
import { canActOnBatch } from './permissions';
import { PrimedRead } from './primed-read';
import { retryItem, revertItem } from './revert';
import { executeBatch, isFinishedStatus, type RunnerDeps } from './runner';
import {
  type BatchActor,
  BatchError,
  type BatchKind,
  type BatchProgress,
  type ItemOutcomePage,
} from './types';

// The stored summary text the batch list searches is written once, in English; lists show the summary in
// the viewer's language from the structured summary.
const SEARCH_TEXT = translatorFor(DEFAULT_LOCALE);

export interface SubmitBatchInput {
  userId: string;
  kind: BatchKind;
  parentBatchId?: string;
  items: readonly NewBatchItem[];
  /** A short description of what was edited, shown in batch lists. */
  label?: string;
  /** The editor's optional note. */
  note?: string;
}

export interface BatchServiceDeps extends RunnerDeps {
  /** The most videos one save may hold (config.maxSaveVideos in the app). */
  maxSaveVideos: number;
  logger?: Logger;
  /** Category paths by id ("News / World"), so a batch's summary can name its category; best effort. */
  categoryPaths?: () => Promise<ReadonlyMap<number, string>>;
  /** This server's name on the batches it leases; unique per process when absent. */
  serverId?: string;
  /** How long a lease lasts without a heartbeat; another server takes the batch over after it. */
  leaseTtlMs?: number;
}

export type SaveResult = { ok: true; batchId: string } | Extract<SaveCheck, { ok: false }>;

/** The save pipeline: persist, run, follow, retry, revert and resume batches. */
export interface BatchService {
  /** Checks an editor's structurally valid save request and, when it passes, submits it as a batch. */
  /** `t` words the refusals in the saver's language. */
  saveChanges(actor: BatchActor, request: SaveRequest, t: Translator): Promise<SaveResult>;
  /** Persists a batch and its items in one transaction, then starts running it; resolves once persisted. */
  submitBatch(input: SubmitBatchInput): Promise<{ batchId: string }>;
  /** Runs (or resumes) a batch, or joins its run in progress; resolves with its progress once it stops. */
  runBatch(batchId: string): Promise<BatchProgress | null>;
  /**
   * A batch's counts and status, or null when there is no such batch. With an actor, throws a BatchError
   * unless the actor may act on the batch.
   */
  getBatchProgress(batchId: string, actor?: BatchActor): Promise<BatchProgress | null>;
  /** One page of what became of a batch's items. */
  listBatchOutcomes(batchId: string, cursor?: number | null, limit?: number): Promise<ItemOutcomePage>;
  /** Throws a BatchError unless the batch exists and the actor may act on it; returns the batch. */
  authorizeBatch(batchId: string, actor: BatchActor): Promise<BatchRow>;
  /**
   * Sends a finished batch's retryable failures again as a linked batch; null when there are none. A batch
   * already retried is retried from its newest retry, where what still fails is.
   */
  retryBatch(batchId: string, actor: BatchActor): Promise<{ batchId: string } | null>;
  /** The newest retry in a batch's family (retries of retries included), or null. */
  getNewestRetry(batchId: string): Promise<BatchProgress | null>;
  /** Restores the before-values of a finished batch's updated videos as a linked batch; null when none. */
  revertBatch(batchId: string, actor: BatchActor): Promise<{ batchId: string } | null>;
  /** Starts every unfinished batch no server holds (interrupted ones included); returns their ids. */
  resumeInterruptedBatches(actor?: AuditActor): Promise<string[]>;
  /**
   * Takes over the running batches whose server stopped renewing its leases (it died); returns their ids.
   * Interrupted batches (a run that failed) wait for a resume, as after a restart.
   */
  takeOverOrphanedBatches(): Promise<string[]>;
  /**
   * Stops this service's runs where they are (their batches stay unfinished, calls in flight are read back
   * by whoever resumes them), releases their leases and waits.
   */
  stop(): Promise<void>;
  /**
   * A graceful shutdown: takes no new chunks or batches, lets the calls in flight finish (cutting them
   * after `timeoutMs`), releases the leases so another server continues at once, and waits.
   */
  drain(timeoutMs: number): Promise<void>;
}

// The audit trail's name for work the server does on its own, such as resuming after a restart.
const SYSTEM_ACTOR: AuditActor = { id: null, email: 'system' };
const DEFAULT_OUTCOME_PAGE = 5_000;
// A batch that finished after a primed read left may have written after it; the read's age is measured
// here and the finish in the database's clock, so the window is widened by this much.
const CLOCK_MARGIN_MS = 50;
// A dead server's batches are taken over at most this long (plus one sweep) after its last heartbeat.
const DEFAULT_LEASE_TTL_MS = 15_000;
const MAX_OUTCOME_PAGE = 10_000;

/** A batch service over explicit dependencies (tests, benchmarks); the app uses the one in ./index. */
export function createBatchService(deps: BatchServiceDeps): BatchService {
  const logger = deps.logger ?? log;
  const running = new Map<string, Promise<BatchProgress | null>>();
  const stopping = new AbortController();
  const draining = new AbortController();
  const owner = deps.serverId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseTtlMs = deps.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
  // Per running batch: fires when its lease was lost, so the run stops at once.
  const leases = new Map<string, AbortController>();
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const runnerDeps: RunnerDeps = { ...deps, leaseOwner: owner };

  async function renewLeases(): Promise<void> {
    const held = new Set(await renewBatchLeases([...leases.keys()], owner, leaseTtlMs, deps.db));
    for (const [batchId, lost] of leases) {
      if (held.has(batchId)) continue;
      logger.warn('batch.lease_lost', { batchId, owner });
      lost.abort();
    }
  }

  function holdLease(batchId: string): AbortSignal {
    const lost = new AbortController();
    leases.set(batchId, lost);
    heartbeat ??= setInterval(() => {
      renewLeases().catch((error: unknown) => logger.error('batch.lease_renew_failed', { error }));
    }, leaseTtlMs / 3);
    // The heartbeat must not keep a finished process (a script, a test) alive.
    heartbeat.unref?.();
    return lost.signal;
  }

  function dropLease(batchId: string): void {
    leases.delete(batchId);
    if (leases.size === 0 && heartbeat) {
      clearInterval(heartbeat);
      heartbeat = undefined;
    }
  }

  const audit = async (record: AuditRecord) => recordAudit(record, deps.db);

  async function progressOf(batch: BatchRow): Promise<BatchProgress> {
    const isFinished = isFinishedStatus(batch.status);
    const counts = {
      updated: batch.updated,
      forbidden: batch.forbidden,
      notFound: batch.notFound,
      referenceNotFound: batch.referenceNotFound,
      conflict: batch.conflict,
      failed: batch.failed,
    };
    return {
      batchId: batch.id,
      kind: batch.kind,
      parentBatchId: batch.parentBatchId,
      status: batch.status,
      isFinished,
      total: batch.total,
      done: batch.total - batch.pending,
      counts,
      problems: batch.total - batch.pending - batch.updated,
      retryable: isFinished && batch.failed > 0 ? await countRetryableItems(batch.id, deps.db) : 0,
      createdAt: batch.createdAt.toISOString(),
      startedAt: batch.startedAt?.toISOString() ?? null,
      finishedAt: batch.finishedAt?.toISOString() ?? null,
      nextTryAt: batch.nextTryAt?.toISOString() ?? null,
    };
  }

  async function run(batchId: string, primed?: PrimedRead): Promise<BatchProgress | null> {
    const startedAt = performance.now();
    let finished: BatchRow | null = null;
    try {
      const batch = await getBatch(batchId, deps.db);
      if (!batch || isFinishedStatus(batch.status)) return batch ? progressOf(batch) : null;
      // Another server runs it; it is taken over here only once that server stops renewing its lease.
      if (!(await claimBatchLease(batchId, owner, leaseTtlMs, deps.db))) return null;
      const lost = holdLease(batchId);
      finished = await executeBatch(
        batchId,
        runnerDeps,
        AbortSignal.any([stopping.signal, lost]),
        draining.signal,
        primed,
      );
      if (!finished) return null;
      const progress = await progressOf(finished);
      await audit({
        actor: SYSTEM_ACTOR,
        action: 'batch.finished',
        targetType: 'batch',
        targetId: batchId,
        details: { status: finished.status, total: finished.total, ...progress.counts },
      });
      logger.info('batch.finished', {
        batchId,
        status: finished.status,
        total: finished.total,
        ...progress.counts,
        durationMs: Math.round(performance.now() - startedAt),
      });
      return progress;
    } catch (error) {
      if (error instanceof BatchLeaseLostError) {
        logger.warn('batch.lease_lost', { batchId, owner });
        return null;
      }
      logger.error('batch.run_failed', { batchId, error });
      // Best effort: when the database itself failed, the start-up resume will find the batch running.
      await markBatchInterrupted(batchId, deps.db).catch(() => undefined);
      return null;
    } finally {
      if (leases.has(batchId)) {
        const lost = leases.get(batchId)?.signal.aborted ?? false;
        dropLease(batchId);
        // A run that stopped early hands its batch back, so another server continues without waiting.
        if (!finished && !lost)
          await releaseBatchLeases(owner, [batchId], deps.db).catch((error: unknown) =>
            logger.error('batch.lease_release_failed', { batchId, error }),
          );
      }
    }
  }

  function isStopping(): boolean {
    return stopping.signal.aborted || draining.signal.aborted;
  }

  function runBatch(batchId: string, primed?: PrimedRead): Promise<BatchProgress | null> {
    const inFlight = running.get(batchId);
    if (inFlight) return inFlight;
    if (isStopping()) return Promise.resolve(null);
    const promise = run(batchId, primed).finally(() => running.delete(batchId));
    running.set(batchId, promise);
    return promise;
  }

  async function submitBatch(input: SubmitBatchInput): Promise<{ batchId: string }> {
    const user = await getUserById(input.userId, deps.db);
    if (!user) throw new BatchError('not_found', `No user ${input.userId}`);
    const summary = summarizeChanges(input.items, await categoryLabels(input.items));
    const note = input.note ?? '';
    const primed = isStopping() ? undefined : await primeFirstChunk(input.items);
    const batch = await insertBatchWithItems(
      {
        userId: input.userId,
        kind: input.kind,
        parentBatchId: input.parentBatchId,
        label: input.label,
        summary,
        summaryText: [summaryText(SEARCH_TEXT, summary, input.items.length), note].join('\n').trim(),
        note,
        // A stopping server will not run it: left unleased, another server takes it over at once.
        ...(isStopping() ? {} : { lease: { owner, ttlMs: leaseTtlMs } }),
      },
      input.items,
      deps.db,
    );
    await audit({
      actor: { id: user.id, email: user.email },
      action: 'batch.created',
      targetType: 'batch',
      targetId: batch.id,
      details: {
        kind: batch.kind,
        total: batch.total,
        parentBatchId: batch.parentBatchId,
        summary,
        ...(note ? { note } : {}),
      },
    });
    // Another batch at work may have changed these videos after the primed read: then the run reads again.
    const trusted =
      primed && !(await anyOtherBatchAtWork(batch.id, primed.ageMs() + CLOCK_MARGIN_MS, deps.db))
        ? primed
        : undefined;
    void runBatch(batch.id, trusted);
    return { batchId: batch.id };
  }

  /** Sends the first chunk's pre-read now, while the batch is stored (see PrimedRead). */
  async function primeFirstChunk(items: readonly NewBatchItem[]): Promise<PrimedRead | undefined> {
    const first = items
      .filter((item) => !item.rejection)
      .slice(0, LIMITS.updateItemsPerCall)
      .map((item) => item.videoId);
    if (first.length === 0) return undefined;
    const primed = new PrimedRead(first, (videoIds) =>
      deps.vod.getVideos(videoIds, { signal: stopping.signal }),
    );
    // PGlite runs its queries on this thread: one turn of the event loop lets the read leave before the
    // insert holds the thread (2,000 items: first call after 114 ms instead of 200).
    await new Promise((resolve) => setImmediate(resolve));
    return primed;
  }

  async function categoryLabels(
    items: readonly NewBatchItem[],
  ): Promise<(cateId: number) => string | undefined> {
    if (!deps.categoryPaths || !items.some((item) => item.changes.cateId !== undefined))
      return () => undefined;
    const paths = await deps.categoryPaths().catch((error: unknown) => {
      logger.warn('batch.category_names_unavailable', { error });
      return new Map<number, string>();
    });
    return (cateId) => paths.get(cateId);
  }

  async function authorizeBatch(batchId: string, actor: BatchActor): Promise<BatchRow> {
    const batch = await getBatch(batchId, deps.db);
    if (!batch) throw new BatchError('not_found', `No batch ${batchId}`);
    if (!canActOnBatch(actor, batch))
      throw new BatchError('forbidden', `Not allowed to act on batch ${batchId}`);
    return batch;
  }

  async function finishedBatchFor(batchId: string, actor: BatchActor): Promise<BatchRow> {
    const batch = await authorizeBatch(batchId, actor);
    if (running.has(batchId) || !isFinishedStatus(batch.status)) {
      throw new BatchError('unfinished', `Batch ${batchId} has not finished`);
    }
    return batch;
  }

  async function followUp(
    source: BatchRow,
    actor: BatchActor,
    kind: 'retry' | 'revert',
    items: NewBatchItem[],
    details: Record<string, unknown>,
  ): Promise<{ batchId: string } | null> {
    if (items.length === 0) return null;
    const created = await submitBatch({
      userId: actor.id,
      kind,
      parentBatchId: source.id,
      items,
      label: source.label,
    });
    await audit({
      actor: { id: actor.id, email: actor.email },
      action: kind === 'retry' ? 'batch.retried' : 'batch.reverted',
      targetType: 'batch',
      targetId: source.id,
      details: { newBatchId: created.batchId, items: items.length, ...details },
    });
    return created;
  }

  async function resume(actor: AuditActor, statuses: readonly BatchRow['status'][]): Promise<string[]> {
    const resumed: string[] = [];
    if (stopping.signal.aborted || draining.signal.aborted) return resumed;
    for (const batch of await listClaimableBatches(owner, deps.db)) {
      if (running.has(batch.id) || !statuses.includes(batch.status)) continue;
      // Claimed before it is announced, so of several servers sweeping at once only one resumes it.
      if (!(await claimBatchLease(batch.id, owner, leaseTtlMs, deps.db))) continue;
      await audit({
        actor,
        action: 'batch.resumed',
        targetType: 'batch',
        targetId: batch.id,
        details: { status: batch.status, pending: batch.pending, total: batch.total },
      });
      logger.info('batch.resumed', { batchId: batch.id, pending: batch.pending, total: batch.total, owner });
      void runBatch(batch.id);
      resumed.push(batch.id);
    }
    return resumed;
  }

  return {
    async saveChanges(actor, request, t) {
      if (!hasRole(actor, 'editor')) throw new BatchError('forbidden', 'Only editors and admins can save');
      const checked = checkSaveRequest(request, deps.maxSaveVideos, t);
      if (!checked.ok) return checked;
      const { batchId } = await submitBatch({
        userId: actor.id,
        kind: 'save',
        items: checked.items,
        label: checked.label,
        note: checked.note,
      });
      return { ok: true, batchId };
    },

    submitBatch,
    runBatch,
    authorizeBatch,

    async getBatchProgress(batchId, actor) {
      if (actor) return progressOf(await authorizeBatch(batchId, actor));
      const batch = await getBatch(batchId, deps.db);
      return batch ? progressOf(batch) : null;
    },

    async listBatchOutcomes(batchId, cursor, limit = DEFAULT_OUTCOME_PAGE) {
      const size = Math.min(Math.max(1, limit), MAX_OUTCOME_PAGE);
      const rows = await listItemOutcomes(batchId, cursor ?? 0, size, deps.db);
      return {
        outcomes: rows.map((row) => ({ videoId: row.videoId, outcome: toItemOutcome(row) })),
        nextCursor: rows.length === size ? (rows.at(-1)?.id ?? null) : null,
      };
    },

    async retryBatch(batchId, actor) {
      // A batch retried before is retried where its family stands now: what still fails in its newest retry.
      await authorizeBatch(batchId, actor);
      const newest = await getNewestRetry(batchId, deps.db);
      const source = await finishedBatchFor(newest?.id ?? batchId, actor);
      return followUp(source, actor, 'retry', (await listRetryableItems(source.id, deps.db)).map(retryItem), {
        ...(newest ? { requestedBatchId: batchId } : {}),
      });
    },

    async getNewestRetry(batchId) {
      const newest = await getNewestRetry(batchId, deps.db);
      return newest ? progressOf(newest) : null;
    },

    async revertBatch(batchId, actor) {
      const source = await finishedBatchFor(batchId, actor);
      const updated = await listUpdatedItems(batchId, deps.db);
      const items = updated.map(revertItem).filter((item): item is NewBatchItem => item !== null);
      return followUp(source, actor, 'revert', items, { notRevertible: updated.length - items.length });
    },

    async resumeInterruptedBatches(actor = SYSTEM_ACTOR) {
      return resume(actor, ['pending', 'running', 'interrupted']);
    },

    takeOverOrphanedBatches() {
      return resume(SYSTEM_ACTOR, ['pending', 'running']);
    },

    async stop() {
      stopping.abort();
      await Promise.allSettled([...running.values()]);
    },

    async drain(timeoutMs) {
      draining.abort();
      const handedBack = [...running.keys()];
      const cut = setTimeout(() => stopping.abort(), timeoutMs);
      try {
        await Promise.allSettled([...running.values()]);
      } finally {
        clearTimeout(cut);
      }
      logger.info('batches.drained', { owner, batchIds: handedBack, cut: stopping.signal.aborted });
    },
  };
}
