import { diffTags } from '@/lib/edits/diff';
import {
  changedFields,
  EDITABLE_FIELDS,
  type EditableField,
  type EditableValues,
  type FieldChanges,
} from '@/lib/edits/fields';
import type { TagOperation } from '@/lib/edits/tag-ops';
import type { EditState } from '../state/edit-store';
import type { TagOpLog } from '../state/tag-op-log';

/** One edited video as the review shows it. */
export interface ReviewEntry {
  videoId: string;
  title: string;
  base: EditableValues;
  changes: FieldChanges;
  /** Tags added or removed in bulk: saved as this operation on VOD's tags, not as the list shown. */
  tagOps: TagOperation | null;
}

// The loops below run over every one of 50,000 edited videos on each opening of the review: they use forEach
// and indices rather than for-of, which steps through an iterator (over a map, with an entry array to
// destructure) unless the JIT has optimized the loop away.

/** Every edited video as the review shows it, and how many changes they hold, in one pass over the edits. */
export function collectEntries(
  state: Pick<EditState, 'edits' | 'base'>,
  tagOps: TagOpLog,
): { entries: ReviewEntry[]; changeCount: number } {
  const entries: ReviewEntry[] = [];
  let changeCount = 0;
  state.edits.forEach((changes, videoId) => {
    const base = state.base.get(videoId);
    if (!base) return;
    const op = tagOps.operationFor(videoId, base, changes);
    entries.push({ videoId, title: changes.title ?? base.title, base, changes, tagOps: op });
    changeCount += countChanges(changes);
  });
  return { entries, changeCount };
}

/** How many fields `changes` changes, without listing them: asked for every one of 50,000 videos. */
export function countChanges(changes: FieldChanges): number {
  let count = 0;
  for (let i = 0; i < EDITABLE_FIELDS.length; i++) if (changes[EDITABLE_FIELDS[i]!] !== undefined) count++;
  return count;
}

/** The same change made to several videos ("Tags +bulk-2025"), reviewed and unticked as one. */
export interface ChangeGroup {
  key: string;
  field: EditableField;
  /** The change in short: "+bulk-2025 −old" for tags, "→ News / World" for the other fields. */
  change: string;
  videoIds: string[];
}

/** A field's value as review text (empty shown as such), supplied by the grid with its category names. */
export type DescribeValue = (field: EditableField, value: EditableValues[EditableField]) => string;

/** "+added −removed", or empty when nothing is added or removed. */
const tagChangeText = (added: readonly string[], removed: readonly string[]) =>
  [...added.map((tag) => `+${tag}`), ...removed.map((tag) => `−${tag}`)].join(' ');

// A bulk tag action gives thousands of videos the same operation object: its text is made once.
const operationTexts = new WeakMap<TagOperation, string>();

function operationText(op: TagOperation): string {
  let text = operationTexts.get(op);
  if (text === undefined) {
    text = tagChangeText(op.add, op.remove);
    operationTexts.set(op, text);
  }
  return text;
}

/** What a field's change does, in short; equal texts mean the same change. */
export function describeChange(entry: ReviewEntry, field: EditableField, textOf: DescribeValue): string {
  if (field === 'tags') {
    let text: string;
    if (entry.tagOps) text = operationText(entry.tagOps);
    else {
      const { added, removed } = diffTags(entry.base.tags, entry.changes.tags ?? []);
      text = tagChangeText(added, removed);
    }
    if (text !== '') return text;
  }
  return `→ ${textOf(field, entry.changes[field] as EditableValues[EditableField])}`;
}

/**
 * Groups identical changes across videos, largest group first (then by field and change, so the order
 * is stable). One pass over the changes, looked up per field by their text: a bulk action's text is one
 * string shared by its videos, so no key is built per change.
 */
export function groupChanges(entries: readonly ReviewEntry[], textOf: DescribeValue): ChangeGroup[] {
  const byField = new Map<EditableField, Map<string, ChangeGroup>>();
  const all: ChangeGroup[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    for (let f = 0; f < EDITABLE_FIELDS.length; f++) {
      const field = EDITABLE_FIELDS[f]!;
      if (entry.changes[field] === undefined) continue;
      const change = describeChange(entry, field, textOf);
      let groups = byField.get(field);
      if (!groups) {
        groups = new Map();
        byField.set(field, groups);
      }
      const group = groups.get(change);
      if (group) group.videoIds.push(entry.videoId);
      else {
        const created = { key: `${field}\u0000${change}`, field, change, videoIds: [entry.videoId] };
        groups.set(change, created);
        all.push(created);
      }
    }
  }
  return all.sort(
    (a, b) =>
      b.videoIds.length - a.videoIds.length ||
      a.field.localeCompare(b.field) ||
      a.change.localeCompare(b.change),
  );
}

/** Which changes the review lists: a search, a field, and whether they have a problem. */
export interface ReviewFilter {
  query: string;
  field: EditableField | 'all';
  problems: 'all' | 'with' | 'without';
}

export const NO_REVIEW_FILTER: ReviewFilter = { query: '', field: 'all', problems: 'all' };

/**
 * The entries the filter keeps. The search matches the video's title or ID, or the text of one of its
 * changes (case-insensitive); `hasProblem` says whether a video has an invalid change.
 */
export function filterEntries(
  entries: readonly ReviewEntry[],
  filter: ReviewFilter,
  hasProblem: (videoId: string) => boolean,
  textOf: DescribeValue,
): readonly ReviewEntry[] {
  const query = filter.query.trim().toLowerCase();
  if (query === '' && filter.field === 'all' && filter.problems === 'all') return entries;
  return entries.filter((entry) => {
    if (filter.field !== 'all' && entry.changes[filter.field] === undefined) return false;
    if (filter.problems !== 'all' && hasProblem(entry.videoId) !== (filter.problems === 'with')) return false;
    if (query === '') return true;
    if (entry.title.toLowerCase().includes(query) || entry.videoId.toLowerCase().includes(query)) return true;
    return changedFields(entry.changes).some((field) =>
      describeChange(entry, field, textOf).toLowerCase().includes(query),
    );
  });
}

/** The key of one video's change to one field, in the review's set of unticked changes. */
export const changeId = (videoId: string, field: EditableField) => `${videoId}\u0000${field}`;

/**
 * The changes of an entry that the save sends: all of them but the unticked ones; null when none is
 * left. Unticking tags drops the bulk tag operation with them.
 */
export function includedChanges(
  entry: ReviewEntry,
  isExcluded: (videoId: string, field: EditableField) => boolean,
): { changes: FieldChanges; tagOps: TagOperation | null } | null {
  const changes: FieldChanges = {};
  for (const field of changedFields(entry.changes)) {
    if (!isExcluded(entry.videoId, field)) Object.assign(changes, { [field]: entry.changes[field] });
  }
  if (changedFields(changes).length === 0) return null;
  return { changes, tagOps: changes.tags === undefined ? null : entry.tagOps };
}

/** A reviewed video with the changes the save sends, and its bulk tag operation if its tags are among them. */
export interface IncludedEntry {
  entry: ReviewEntry;
  changes: FieldChanges;
  tagOps: TagOperation | null;
}

/**
 * The entries the save sends, each with its ticked changes; entries with none left are dropped. With
 * nothing unticked (the usual case, and the review's first render) every entry is taken as it is, without
 * a look-up per change: 50,000 entries must not cost a render its frame.
 */
export function includedEntries(
  entries: readonly ReviewEntry[],
  excluded: ReadonlySet<string>,
): IncludedEntry[] {
  if (excluded.size === 0) {
    return entries.map((entry) => ({ entry, changes: entry.changes, tagOps: entry.tagOps }));
  }
  const isExcluded = (videoId: string, field: EditableField) => excluded.has(changeId(videoId, field));
  return entries.flatMap((entry) => {
    const kept = includedChanges(entry, isExcluded);
    return kept ? [{ entry, ...kept }] : [];
  });
}

/**
 * How many videos the save sends and how many of their changes are invalid (and block it). With nothing
 * unticked (the review's first render) only the videos with problems are visited, not all 50,000;
 * `changesOf` gives a reviewed video's changes (undefined for others).
 */
export function selectionCounts(
  entries: readonly ReviewEntry[],
  excluded: ReadonlySet<string>,
  issues: ReadonlyMap<string, ReadonlyMap<EditableField, unknown>>,
  changesOf: (videoId: string) => FieldChanges | undefined,
): { selected: number; blockedCells: number } {
  if (excluded.size === 0) {
    let blockedCells = 0;
    for (const [videoId, videoIssues] of issues) {
      const changes = changesOf(videoId);
      if (changes) for (const field of videoIssues.keys()) if (changes[field] !== undefined) blockedCells++;
    }
    return { selected: entries.length, blockedCells };
  }
  const included = includedEntries(entries, excluded);
  const blockedCells =
    issues.size === 0
      ? 0
      : included.reduce((sum, { entry, changes }) => {
          const videoIssues = issues.get(entry.videoId);
          return (
            sum + (videoIssues ? changedFields(changes).filter((field) => videoIssues.has(field)).length : 0)
          );
        }, 0);
  return { selected: included.length, blockedCells };
}
