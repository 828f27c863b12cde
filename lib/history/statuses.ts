/**
 * The vocabulary of batch history: the statuses of a batch and of its items, and the outcomes an item can
 * end with. The database enums are made from these lists, and the URL parsers of the history pages check
 * against them, so browser code can use them without reaching into the database layer.
 */

/** Every status a batch passes through, in the database enum's order. */
export const BATCH_STATUSES = ['pending', 'running', 'done', 'done_with_problems', 'interrupted'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** The final statuses of an item, in display order: what a batch counts and the list can filter by. */
export const BATCH_OUTCOMES = [
  'updated',
  'forbidden',
  'not_found',
  'reference_not_found',
  'conflict',
  'failed',
] as const;
export type BatchOutcome = (typeof BATCH_OUTCOMES)[number];

/** Every status a batch item passes through, in the database enum's order: on its way, then final. */
export const BATCH_ITEM_STATUSES = ['pending', 'sending', ...BATCH_OUTCOMES] as const;
export type BatchItemStatus = (typeof BATCH_ITEM_STATUSES)[number];
