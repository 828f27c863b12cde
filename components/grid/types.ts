import type { ItemOutcome } from '@/lib/batches/types';
import type { FieldChanges } from '@/lib/edits/fields';
import type { TagOperation } from '@/lib/edits/tag-ops';

/**
 * One video to save: the loaded values of the changed fields (`base`) and their new values; tags added or
 * removed in bulk travel as `tagOps` instead of `changes.tags`.
 */
export interface SaveItem {
  videoId: string;
  title: string;
  base: FieldChanges;
  changes: FieldChanges;
  tagOps?: TagOperation;
}

/** How a video's last save went, as the save pipeline reports it back to the grid. */
export type RowOutcome = ItemOutcome;

export type RowOutcomeKind = RowOutcome['kind'];

/** Outcome kinds that need the viewer's attention. */
export const PROBLEM_OUTCOME_KINDS: ReadonlySet<RowOutcomeKind> = new Set([
  'forbidden',
  'not_found',
  'reference_not_found',
  'failed',
  'conflict',
]);
