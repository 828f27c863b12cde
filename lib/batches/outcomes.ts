import type { ItemOutcomeRow, ItemResult } from '@/lib/db/queries/batches';
import type { VideoOutcome, VodError } from '@/lib/vod';
import type { ItemOutcome } from './types';

/** What a clear UpdateVideoInfos outcome (not `unknown`) means for the batch item it was sent for. */
export function resultFromOutcome(itemId: number, outcome: VideoOutcome): ItemResult {
  if (outcome.status === 'unknown') throw new Error(`outcome of ${outcome.videoId} is not known yet`);
  return {
    itemId,
    status: outcome.status,
    requestId: outcome.requestId,
    errorCode: outcome.error?.code ?? null,
    errorMessage: outcome.error?.message ?? null,
    retryable: outcome.error?.retryable ?? false,
  };
}

/** An item that could not be sent or whose call ended in an error. */
export function resultFromError(itemId: number, error: VodError): ItemResult {
  return {
    itemId,
    status: 'failed',
    requestId: error.requestId,
    errorCode: error.code,
    errorMessage: error.message,
    retryable: error.retryable,
  };
}

/** A stored item as its grid row shows it. */
export function toItemOutcome(row: ItemOutcomeRow): ItemOutcome {
  switch (row.status) {
    case 'pending':
    case 'sending':
      return { kind: 'pending' };
    case 'updated':
      return { kind: 'updated', saved: row.changes };
    case 'conflict':
      return { kind: 'conflict', current: row.current ?? {}, requestId: row.requestId };
    default:
      return {
        kind: row.status,
        code: row.errorCode,
        message: row.errorMessage,
        requestId: row.requestId,
        retryable: row.retryable,
      };
  }
}
