import type { ItemOutcomeKind } from '@/lib/batches';

/** Outcome kinds that need the viewer's attention. */
export const PROBLEM_OUTCOME_KINDS: ReadonlySet<ItemOutcomeKind> = new Set([
  'forbidden',
  'not_found',
  'reference_not_found',
  'failed',
  'conflict',
]);
