import type { SaveItem } from '@/lib/edits/fields';
import { changedFields, type FieldChanges, validateField } from '@/lib/edits/fields';

/**
 * The revert of one updated item: its before-values sent over the values the batch set, which become the
 * base, so a video changed since the batch shows as a conflict instead of being overwritten. Fields VOD
 * cannot restore (removing a category or a Reference ID, clearing a cover) are left out; null when none
 * is left.
 */
export function revertItem(item: SaveItem): SaveItem | null {
  const base: Record<string, unknown> = {};
  const changes: Record<string, unknown> = {};
  for (const field of changedFields(item.changes)) {
    const before = item.base[field];
    const set = item.changes[field];
    if (before === undefined || validateField(field, before, set) !== null) continue;
    base[field] = set;
    changes[field] = before;
  }
  if (Object.keys(changes).length === 0) return null;
  return {
    videoId: item.videoId,
    title: item.changes.title ?? item.title,
    base: base as FieldChanges,
    changes: changes as FieldChanges,
  };
}
