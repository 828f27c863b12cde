import type { EditableValues, FieldChanges } from '@/lib/edits/fields';
import { mergeTagOperations, type TagOperation } from '@/lib/edits/tag-ops';
import type { CellWrite, EditState } from './edit-store';

/**
 * Which videos' tags the bulk "Add tags"/"Remove tags" actions touched, and with what operation, so a save
 * sends them as operations that merge with other editors' tags instead of absolute lists. The cells keep
 * showing the resulting list; an operation is only sent while that list is still exactly the base with the
 * operation applied (a later manual edit, paste or undo turns the change back into an absolute one).
 */
export interface TagOpLog {
  /**
   * Logs a bulk action's operation for the tag cells it wrote, as `before` (the edits it was applied to)
   * held them. A video's earlier operation is merged in only while its tags still show it: once undone or
   * overwritten, it is dropped, or undoing "Add tags x" and then adding y would log x+y, which the tags
   * never show. Writes to other fields are ignored.
   */
  record(writes: Iterable<CellWrite>, op: TagOperation, before: Pick<EditState, 'edits' | 'base'>): void;
  /** The operation a save sends for the video's tag change, or null when the change is absolute. */
  operationFor(videoId: string, base: EditableValues, changes: FieldChanges): TagOperation | null;
}

/** An operation's tags trimmed once, for checking it against many videos' tags. */
interface PreparedOperation {
  remove: ReadonlySet<string>;
  /** Trimmed, non-empty, once each, and not also removed: the tags the operation may append. */
  add: readonly string[];
  addSet: ReadonlySet<string>;
}

/**
 * A video's logged operation, with the tag list its bulk action wrote and the base tags it was written on
 * when that list showed the operation (null otherwise). While the cell still holds that very list on that
 * very base (the store keeps written values as they are), it shows the operation without a check: the
 * review asks about every one of 50,000 videos on opening, and a bulk action checks each video once.
 */
interface LoggedOperation {
  op: TagOperation;
  written: readonly string[] | null;
  writtenOn: readonly string[] | null;
}

/** A log for one grid session. */
export function createTagOpLog(): TagOpLog {
  const ops = new Map<string, LoggedOperation>();
  // Videos share their operation objects (one per bulk action, one per merge of two), so what is derived
  // from an operation is derived once for all of them.
  const prepared = new WeakMap<TagOperation, PreparedOperation>();
  const prepare = (op: TagOperation): PreparedOperation => {
    let found = prepared.get(op);
    if (!found) {
      const remove = new Set(op.remove.map((tag) => tag.trim()));
      const add = [...new Set(op.add.map((tag) => tag.trim()))].filter(
        (tag) => tag.length > 0 && !remove.has(tag),
      );
      found = { remove, add, addSet: new Set(add) };
      prepared.set(op, found);
    }
    return found;
  };
  const shows = (logged: LoggedOperation, base: readonly string[], tags: readonly string[]) =>
    (tags === logged.written && base === logged.writtenOn) || showsOperation(base, prepare(logged.op), tags);
  return {
    record(writes, op, before) {
      const merged = new Map<TagOperation, TagOperation>();
      for (const { videoId, field, value } of writes) {
        if (field !== 'tags') continue;
        const earlier = ops.get(videoId);
        const base = before.base.get(videoId)?.tags;
        const tags = before.edits.get(videoId)?.tags ?? base;
        let next = op;
        if (earlier && base && tags && shows(earlier, base, tags)) {
          next = merged.get(earlier.op) ?? mergeTagOperations(earlier.op, op);
          merged.set(earlier.op, next);
        }
        const written = value as readonly string[];
        const isShown = base !== undefined && showsOperation(base, prepare(next), written);
        ops.set(videoId, { op: next, written: isShown ? written : null, writtenOn: isShown ? base : null });
      }
    },
    operationFor(videoId, base, changes) {
      const tags = changes.tags;
      if (tags === undefined) return null;
      const logged = ops.get(videoId);
      if (!logged) return null;
      return shows(logged, base.tags, tags) ? logged.op : null;
    },
  };
}

/**
 * Whether `tags` equals `base` with the operation applied (as applyTagOperation does it, compared as
 * fieldEquals compares tags), without building the list: the review checks every edited video on opening.
 */
function showsOperation(base: readonly string[], op: PreparedOperation, tags: readonly string[]): boolean {
  let next = 0;
  // Base tags the operation also adds: the operation appends them no second time.
  let alreadyThere = 0;
  for (const tag of base) {
    const trimmed = tag.trim();
    if (op.remove.has(trimmed)) continue;
    if (next >= tags.length || tags[next]!.trim() !== trimmed) return false;
    if (op.addSet.has(trimmed)) alreadyThere++;
    next++;
  }
  for (const tag of op.add) {
    // Usually no added tag was there before, and the search of the base is skipped for every one of them.
    if (alreadyThere > 0 && base.some((kept) => kept.trim() === tag)) continue;
    if (next >= tags.length || tags[next]!.trim() !== tag) return false;
    next++;
  }
  return next === tags.length;
}
