import type { NewBatchItem, SourceItem } from '@/lib/db/queries/batches';
import { changedFields, type FieldChanges, validateField } from '@/lib/edits/fields';

/**
 * The revert of one updated item: the values the server read from VOD just before the update (never the
 * browser's) sent over the values the batch set, which become the base, so a video changed since the
 * batch shows as a conflict instead of being overwritten. A tag operation is reverted as the absolute list
 * it replaced. Fields VOD cannot restore (removing a category or a Reference ID, clearing a cover) are
 * left out; null when none is left. Items stored before VOD's values were kept fall back to their base.
 */
export function revertItem(item: SourceItem): NewBatchItem | null {
  const restore = item.before ?? item.base;
  const base: Record<string, unknown> = {};
  const changes: Record<string, unknown> = {};
  for (const field of changedFields(item.changes)) {
    const before = restore[field];
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

/** A failed item sent again as it was asked for: a tag operation is worked out anew from VOD's tags. */
export function retryItem(item: SourceItem): NewBatchItem {
  if (!item.tagOps)
    return { videoId: item.videoId, title: item.title, base: item.base, changes: item.changes };
  const { tags: _resolved, ...changes } = item.changes;
  return { videoId: item.videoId, title: item.title, base: item.base, changes, tagOps: item.tagOps };
}
