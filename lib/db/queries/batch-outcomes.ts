import 'server-only';
import { type BatchRow, batchItemStatus } from '../schema';

/** Every status a batch item passes through, in the database enum's order. */
export const BATCH_ITEM_STATUSES = batchItemStatus.enumValues;
export type BatchItemStatus = (typeof BATCH_ITEM_STATUSES)[number];

/** The final statuses of an item: what a batch counts and the list can filter by. */
export type BatchOutcome = Exclude<BatchItemStatus, 'pending' | 'sending'>;

/** Each outcome's counter column on batches, by its property name. */
export const OUTCOME_COUNTER = {
  updated: 'updated',
  forbidden: 'forbidden',
  not_found: 'notFound',
  reference_not_found: 'referenceNotFound',
  conflict: 'conflict',
  failed: 'failed',
} as const satisfies Record<BatchOutcome, keyof BatchRow>;

/** The outcomes in display order. */
export const BATCH_OUTCOMES = Object.keys(OUTCOME_COUNTER) as readonly BatchOutcome[];
