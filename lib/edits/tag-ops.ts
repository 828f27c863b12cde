/**
 * "Add tags" and "Remove tags" as operations rather than absolute lists: the server applies them to the
 * tags it reads from VOD just before the update, so two editors adding different tags to the same video
 * both keep theirs.
 */

export interface TagOperation {
  add: string[];
  remove: string[];
}

/** The tags after the operation: removals dropped, additions appended once, existing order kept. */
export function applyTagOperation(tags: readonly string[], op: TagOperation): string[] {
  const removed = new Set(op.remove.map((tag) => tag.trim()));
  const kept = tags.filter((tag) => !removed.has(tag.trim()));
  const present = new Set(kept.map((tag) => tag.trim()));
  for (const tag of op.add) {
    const trimmed = tag.trim();
    if (trimmed.length > 0 && !present.has(trimmed) && !removed.has(trimmed)) {
      kept.push(trimmed);
      present.add(trimmed);
    }
  }
  return kept;
}

/** Whether the tags already reflect the operation (every addition present, every removal absent). */
export function satisfiesTagOperation(tags: readonly string[], op: TagOperation): boolean {
  const present = new Set(tags.map((tag) => tag.trim()));
  return op.add.every((tag) => present.has(tag.trim())) && op.remove.every((tag) => !present.has(tag.trim()));
}

/** Merges a later operation into an earlier one: the later wins for a tag both name. */
export function mergeTagOperations(earlier: TagOperation, later: TagOperation): TagOperation {
  const add = new Set(earlier.add);
  const remove = new Set(earlier.remove);
  for (const tag of later.add) {
    add.add(tag);
    remove.delete(tag);
  }
  for (const tag of later.remove) {
    remove.add(tag);
    add.delete(tag);
  }
  return { add: [...add], remove: [...remove] };
}
