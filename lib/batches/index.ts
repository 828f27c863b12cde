import 'server-only';
import type { AuditActor } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import { processSlot } from '@/lib/process-slot';
import type { CategoryNode } from '@/lib/vod';
import { getVodClient } from '@/lib/vod';
import type { SaveRequest } from './input';
import { type BatchService, createBatchService, type SaveResult } from './service';
import type { BatchActor, BatchProgress, ItemOutcomePage } from './types';

/**
 * The save pipeline's single entry: persist, run, follow, retry, revert and resume batches. The functions
 * below use the process's service (process database, process VOD client); tests build their own with
 * createBatchService.
 */

export { checkSaveRequest, type SaveCheck, type SaveRequest, saveRequestSchema } from './input';
export { canActOnBatch } from './permissions';
export { type BatchProblem, batchProblem } from './problems';
export {
  type BatchService,
  type BatchServiceDeps,
  createBatchService,
  type SaveResult,
  type SubmitBatchInput,
} from './service';

import type { Translator } from '@/lib/i18n/translator';

export * from './types';

const processService = processSlot<BatchService>('batch-service');

// One registry of running batches per process, shared by dev reloads and every route.
function service(): BatchService {
  return processService.getOrCreate(() => {
    const config = getConfig();
    return createBatchService({
      vod: getVodClient(),
      maxSaveVideos: config.maxSaveVideos,
      outage: { giveUpAfterMs: config.saveOutageGiveUpMs },
      categoryPaths: async () => categoryPathsOf(await getVodClient().getCategories()),
    });
  });
}

function categoryPathsOf(tree: readonly CategoryNode[]): Map<number, string> {
  const paths = new Map<number, string>();
  const walk = (nodes: readonly CategoryNode[]) => {
    for (const node of nodes) {
      paths.set(node.id, node.path.join(' / '));
      walk(node.children);
    }
  };
  walk(tree);
  return paths;
}

/** Checks an editor's save request and submits it as a batch when it passes. */
export function saveChanges(actor: BatchActor, request: SaveRequest, t: Translator): Promise<SaveResult> {
  return service().saveChanges(actor, request, t);
}

/**
 * A batch's counts and status, or null when there is no such batch. With an actor, throws a BatchError
 * unless the actor may act on the batch.
 */
export function getBatchProgress(batchId: string, actor?: BatchActor): Promise<BatchProgress | null> {
  return service().getBatchProgress(batchId, actor);
}

/** One page of what became of a batch's items, for the grid's rows. */
export function listBatchOutcomes(
  batchId: string,
  cursor?: number | null,
  limit?: number,
): Promise<ItemOutcomePage> {
  return service().listBatchOutcomes(batchId, cursor, limit);
}

/** The batch, when it exists and the actor may act on it; otherwise throws a BatchError. */
export function authorizeBatch(batchId: string, actor: BatchActor) {
  return service().authorizeBatch(batchId, actor);
}

/**
 * Sends a finished batch's retryable failures again as a linked 'retry' batch; null when there are none.
 * A batch retried before is retried from its newest retry.
 */
export function retryBatch(batchId: string, actor: BatchActor): Promise<{ batchId: string } | null> {
  return service().retryBatch(batchId, actor);
}

/** The newest retry in a batch's family (retries of retries included), with its counts, or null. */
export function getNewestRetry(batchId: string): Promise<BatchProgress | null> {
  return service().getNewestRetry(batchId);
}

/** Restores the before-values of a finished batch's updated videos as a linked revert batch, or null. */
export function revertBatch(batchId: string, actor: BatchActor): Promise<{ batchId: string } | null> {
  return service().revertBatch(batchId, actor);
}

/** Starts every unfinished batch no server holds (start-up, an admin); returns their ids. */
export function resumeInterruptedBatches(actor?: AuditActor): Promise<string[]> {
  return service().resumeInterruptedBatches(actor);
}

/** Takes over the running batches of app servers that died (their leases ran out); returns their ids. */
export function takeOverOrphanedBatches(): Promise<string[]> {
  return service().takeOverOrphanedBatches();
}

/** Graceful shutdown: no new chunks, calls in flight finish (cut after `timeoutMs`), leases released. */
export function drainBatches(timeoutMs: number): Promise<void> {
  return service().drain(timeoutMs);
}
