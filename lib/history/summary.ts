import { diffTags } from '@/lib/edits/diff';
import { EDITABLE_FIELDS, type EditableField, type FieldChanges } from '@/lib/edits/fields';
import type { TagOperation } from '@/lib/edits/tag-ops';

/**
 * What a batch did, derived once from its items' changes when it is created and stored on the batch row, so
 * lists, search, exports and the audit trail read it without touching the items.
 *
 * Absolute values (a tag list, a title) are recognised by what every item has in common: the same tags
 * added and removed, the same new value, the same piece of text replaced. Bulk "Add/Remove tags" travel as
 * tag operations and say what they add and remove themselves. When items differ, the field is only named.
 */

/** One thing a batch did to one field, in the shape the messages render. */
export type SummaryPart =
  /** The same tags added to and removed from every video. */
  | { kind: 'tags'; added: string[]; removed: string[] }
  /** Every video got the same value (category id with its path when it was known). */
  | { kind: 'set'; field: EditableField; value: string; label?: string }
  /** The same text replaced by the same text in every video. */
  | { kind: 'replace'; field: 'title' | 'description'; find: string; replace: string }
  /** Edited differently per video. */
  | { kind: 'edited'; field: EditableField };

export interface BatchSummaryData {
  /** Videos in the batch. */
  videos: number;
  /** Fields touched, in the canonical order. */
  fields: EditableField[];
  parts: SummaryPart[];
}

export interface SummaryItem {
  base: FieldChanges;
  changes: FieldChanges;
  tagOps?: TagOperation | null;
}

/** Whether an item changes a field, absolutely or (tags) as an operation. */
const touches = (item: SummaryItem, field: EditableField) =>
  item.changes[field] !== undefined || (field === 'tags' && item.tagOps != null);

// Enough for a sentence; a batch adding thirty tags names the first few.
const MAX_TAGS = 5;

/** Derives a batch's summary from its items; `categoryLabel` names a category id when it is known. */
export function summarizeChanges(
  items: readonly SummaryItem[],
  categoryLabel: (cateId: number) => string | undefined = () => undefined,
): BatchSummaryData {
  const fields = EDITABLE_FIELDS.filter((field) => items.some((item) => touches(item, field)));
  const parts = fields.map((field) => describeField(field, items, categoryLabel));
  return { videos: items.length, fields, parts };
}

function describeField(
  field: EditableField,
  items: readonly SummaryItem[],
  categoryLabel: (cateId: number) => string | undefined,
): SummaryPart {
  const touching = items.filter((item) => touches(item, field));
  if (field === 'tags') return describeTags(touching) ?? { kind: 'edited', field };
  const values = new Set(touching.map((item) => JSON.stringify(item.changes[field])));
  if (values.size === 1) {
    const value = touching[0]!.changes[field];
    if (field === 'cateId' && typeof value === 'number') {
      const label = categoryLabel(value);
      return { kind: 'set', field, value: String(value), ...(label ? { label } : {}) };
    }
    if (typeof value === 'string') return { kind: 'set', field, value };
  }
  if (field === 'title' || field === 'description') {
    const replaced = commonReplacement(touching.map((item) => [item.base[field], item.changes[field]]));
    if (replaced) return { kind: 'replace', field, ...replaced };
  }
  return { kind: 'edited', field };
}

/** The tags every video gained and lost, when they are the same for all; null when they differ. */
function describeTags(items: readonly SummaryItem[]): SummaryPart | null {
  let common: { added: string[]; removed: string[] } | null = null;
  for (const item of items) {
    const diff = item.tagOps
      ? { added: item.tagOps.add, removed: item.tagOps.remove }
      : diffTags(item.base.tags ?? [], item.changes.tags ?? []);
    if (!common) {
      common = diff;
      continue;
    }
    // A tag some videos already had is not added to them: what counts is that no video differs in kind.
    const sameAdded = diff.added.every((tag) => common!.added.includes(tag));
    const sameRemoved = diff.removed.every((tag) => common!.removed.includes(tag));
    if (!sameAdded || !sameRemoved) return null;
  }
  if (!common || (common.added.length === 0 && common.removed.length === 0)) return null;
  return { kind: 'tags', added: common.added.slice(0, MAX_TAGS), removed: common.removed.slice(0, MAX_TAGS) };
}

/**
 * The one piece of text replaced in every pair (before, after), found by trimming their common start and
 * end; null when the pieces differ between videos or nothing was removed.
 */
function commonReplacement(
  pairs: ReadonlyArray<readonly [unknown, unknown]>,
): { find: string; replace: string } | null {
  let found: { find: string; replace: string } | null = null;
  for (const [before, after] of pairs) {
    if (typeof before !== 'string' || typeof after !== 'string') return null;
    const piece = replacedPiece(before, after);
    if (piece.find === '') return null;
    if (found && (found.find !== piece.find || found.replace !== piece.replace)) return null;
    found = piece;
  }
  return found;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

// Widened to whole words on both sides, so 'Promo' → 'Prime' reads as that and not as 'omo' → 'ime'.
function replacedPiece(before: string, after: string): { find: string; replace: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  while (start > 0 && WORD_CHAR.test(before[start - 1]!)) start--;
  while (end > 0 && WORD_CHAR.test(before[before.length - end]!)) end--;
  return { find: before.slice(start, before.length - end), replace: after.slice(start, after.length - end) };
}
