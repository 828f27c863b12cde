import { type EditableValues, type FieldChanges, fieldEquals } from '@/lib/edits/fields';
import { applyTagOperation, mergeTagOperations, type TagOperation } from '@/lib/edits/tag-ops';

/**
 * Which videos' tags the bulk "Add tags"/"Remove tags" actions touched, and with what operation, so a save
 * sends them as operations that merge with other editors' tags instead of absolute lists. The cells keep
 * showing the resulting list; an operation is only sent while that list is still exactly the base with the
 * operation applied (a later manual edit, paste or undo turns the change back into an absolute one).
 */
export interface TagOpLog {
  record(videoIds: Iterable<string>, op: TagOperation): void;
  /** The operation a save sends for the video's tag change, or null when the change is absolute. */
  operationFor(videoId: string, base: EditableValues, changes: FieldChanges): TagOperation | null;
}

/** A log for one grid session. */
export function createTagOpLog(): TagOpLog {
  const ops = new Map<string, TagOperation>();
  return {
    record(videoIds, op) {
      for (const videoId of videoIds) {
        const earlier = ops.get(videoId);
        ops.set(videoId, earlier ? mergeTagOperations(earlier, op) : op);
      }
    },
    operationFor(videoId, base, changes) {
      const op = ops.get(videoId);
      if (!op || changes.tags === undefined) return null;
      return fieldEquals('tags', applyTagOperation(base.tags, op), changes.tags) ? op : null;
    },
  };
}
