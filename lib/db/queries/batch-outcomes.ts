import 'server-only';
import type { BatchOutcome } from '@/lib/history/statuses';
import type { BatchRow } from '../schema';

/** Each outcome's counter column on batches, by its property name. */
export const OUTCOME_COUNTER = {
  updated: 'updated',
  forbidden: 'forbidden',
  not_found: 'notFound',
  reference_not_found: 'referenceNotFound',
  conflict: 'conflict',
  failed: 'failed',
} as const satisfies Record<BatchOutcome, keyof BatchRow>;
