import type { Role } from '@/lib/auth/roles';
import type { BatchRow } from '@/lib/db/schema';
import type { FieldChanges } from '@/lib/edits/fields';

/** How a batch came to be: an editor's save, a retry of a batch's failures, or the revert of a batch. */
export type BatchKind = BatchRow['kind'];

export type BatchStatus = BatchRow['status'];

/** One video of a batch: the values the editor saw for the changed fields (`base`) and the new ones. */
export interface BatchItemInput {
  videoId: string;
  /** The video's title when the batch was made, so the batch's items can be searched. */
  title: string;
  base: FieldChanges;
  changes: FieldChanges;
}

/** Who acts on a batch. */
export interface BatchActor {
  id: string;
  email: string;
  role: Role;
}

/** The least a permission check needs to know about a batch. */
export interface BatchOwner {
  userId: string;
}

export interface BatchCounts {
  updated: number;
  forbidden: number;
  notFound: number;
  referenceNotFound: number;
  conflict: number;
  failed: number;
}

/** A batch's state as a progress bar shows it. */
export interface BatchProgress {
  batchId: string;
  kind: BatchKind;
  parentBatchId: string | null;
  status: BatchStatus;
  isFinished: boolean;
  total: number;
  /** Items in a final status. */
  done: number;
  counts: BatchCounts;
  /** Items that ended in any status but updated. */
  problems: number;
  /** Failed items a retry would send again (counted once the batch has finished). */
  retryable: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** What became of one video of a batch, in the shape the grid shows on its row. */
export type ItemOutcome =
  | { kind: 'pending' }
  | { kind: 'updated'; saved: FieldChanges }
  | {
      kind: 'forbidden' | 'not_found' | 'reference_not_found' | 'failed';
      code: string | null;
      message: string | null;
      requestId: string | null;
      retryable: boolean;
    }
  | { kind: 'conflict'; current: FieldChanges; requestId: string | null };

/** One page of a batch's outcomes; pass `nextCursor` back for the next page (null at the end). */
export interface ItemOutcomePage {
  outcomes: Array<{ videoId: string; outcome: ItemOutcome }>;
  nextCursor: number | null;
}

export const BATCH_ERROR_CODES = ['not_found', 'forbidden', 'unfinished'] as const;
export type BatchErrorCode = (typeof BATCH_ERROR_CODES)[number];

/** The one error type of the batches boundary: a request about a batch that cannot be honoured. */
export class BatchError extends Error {
  constructor(
    readonly code: BatchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BatchError';
  }
}

/**
 * The code of a BatchError, or null for any other error. Checked by name and code, not `instanceof`: the
 * batch service lives on globalThis and may have been built by another bundle (instrumentation), whose
 * BatchError class is not this one.
 */
export function batchErrorCode(error: unknown): BatchErrorCode | null {
  if (!(error instanceof Error) || error.name !== 'BatchError' || !('code' in error)) return null;
  const { code } = error;
  return BATCH_ERROR_CODES.find((known) => known === code) ?? null;
}
