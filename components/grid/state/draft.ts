import { z } from 'zod';
import {
  EDITABLE_FIELDS,
  type EditableField,
  type FieldChanges,
  fieldChangesSchema,
} from '@/lib/edits/fields';
import { sliced, yieldToPage } from '@/lib/ui/sliced-work';
import type { Video } from '@/lib/vod';
import type { CellValue, CellWrite, EditAction, EditState } from './edit-store';
import { type InFlightMap, unsentChanges } from './in-flight';
import type { RowCache } from './row-cache';

/**
 * The editor's draft as IndexedDB keeps it: every unsaved edit with the row it was made on, so restoring
 * it brings back exactly what was offered, whatever view the editor is in. Pure functions; the hook in
 * use-draft-persistence.ts reads and writes it.
 */

// A draft may hold values the editor has not fixed yet, so it allows far more than VOD's limits; it only
// refuses what no editor could have typed.
const DRAFT_SLACK = 64;
const changesSchema = fieldChangesSchema(DRAFT_SLACK);
const valuesSchema = changesSchema.required();

const rowSchema = valuesSchema.extend({
  id: z.string().min(1).max(128),
  cateName: z.string().nullable(),
  status: z.string() as z.ZodType<Video['status']>,
  durationSec: z.number().nullable(),
  sizeBytes: z.number().nullable(),
  creationTime: z.string(),
  modificationTime: z.string().nullable(),
});

export const draftSchema = z.object({
  version: z.literal(2),
  savedAt: z.iso.datetime(),
  entries: z.array(z.object({ row: rowSchema, changes: changesSchema })),
});

export type StoredDraft = z.infer<typeof draftSchema>;

type DraftEntry = StoredDraft['entries'][number];

/**
 * A large draft as stored: its entries in a Blob, one JSON array per line, built a slice at a time (see
 * draftBlobOf). IndexedDB stores a Blob by reference; cloning 100,000 entries (as objects or as one text)
 * held the page for more than a second.
 */
export interface StoredDraftBlob {
  version: 2;
  savedAt: string;
  entryLines: Blob;
}

const draftBlobSchema = z.object({
  version: z.literal(2),
  savedAt: z.iso.datetime(),
  entryLines: z.instanceof(Blob),
});

// Entries per line of a draft's Blob: one slice of work on the page.
const ENTRIES_PER_LINE = 500;

/** The video's draft entry: its row and its changes not in flight; null when nothing is left to keep. */
function draftEntry(
  state: EditState,
  rows: RowCache,
  inFlight: InFlightMap,
  videoId: string,
  edited: FieldChanges,
): DraftEntry | null {
  const changes = unsentChanges(edited, inFlight.get(videoId));
  const base = state.base.get(videoId);
  // Every row enters the edit store through the row cache (stream or import), so both are there.
  const row = rows.get(videoId);
  if (Object.keys(changes).length === 0 || base === undefined || row === undefined) return null;
  // The base is the loaded row itself until a save moves it; only then is a merged copy needed.
  const stored = (base as FieldChanges) === row ? row : { ...row, ...pickValues(base) };
  return { row: stored, changes };
}

/**
 * The draft of the edit state: each edited video's row and its changes, leaving out what a save has in
 * flight (it is being saved; once saved it is no longer an edit).
 */
export function draftOf(
  state: EditState,
  rows: RowCache,
  inFlight: InFlightMap,
  now = new Date(),
): StoredDraft {
  const entries: DraftEntry[] = [];
  for (const [videoId, edited] of state.edits) {
    const entry = draftEntry(state, rows, inFlight, videoId, edited);
    if (entry) entries.push(entry);
  }
  return { version: 2, savedAt: now.toISOString(), entries };
}

/** The same draft as draftOf, as a Blob built in slices that yield to the page: for drafts of many videos. */
export async function draftBlobOf(
  state: EditState,
  rows: RowCache,
  inFlight: InFlightMap,
  now = new Date(),
): Promise<StoredDraftBlob> {
  // Not in the task of the change that asked for it, which has enough to do (landing an import).
  await yieldToPage();
  const edited = [...state.edits];
  // JSON never holds a raw line break, so each line is one slice's entries.
  const lines: Blob[] = [];
  await sliced(edited.length, ENTRIES_PER_LINE, (start, end) => {
    const entries: DraftEntry[] = [];
    for (let i = start; i < end; i++) {
      const [videoId, changes] = edited[i]!;
      const entry = draftEntry(state, rows, inFlight, videoId, changes);
      if (entry) entries.push(entry);
    }
    if (entries.length > 0) lines.push(new Blob([`${JSON.stringify(entries)}\n`]));
  });
  return { version: 2, savedAt: now.toISOString(), entryLines: new Blob(lines) };
}

/** Whether a draft to store holds no entry (and the stored one should go). */
export function isEmptyDraft(draft: StoredDraft | StoredDraftBlob): boolean {
  return 'entries' in draft ? draft.entries.length === 0 : draft.entryLines.size === 0;
}

/** Reads a stored value, a draft's objects or its Blob (see draftBlobOf), as a draft; see parseDraft. */
export async function readDraft(stored: unknown): Promise<StoredDraft | null> {
  const large = draftBlobSchema.safeParse(stored);
  if (!large.success) return parseDraft(stored);
  try {
    const lines = (await large.data.entryLines.text()).split('\n').filter((line) => line !== '');
    const entries = lines.flatMap((line) => JSON.parse(line) as unknown[]);
    return parseDraft({ version: large.data.version, savedAt: large.data.savedAt, entries });
  } catch {
    return null;
  }
}

/** The number of changed cells a draft holds: what the offer says and what restoring brings back. */
export function countDraft(draft: StoredDraft): number {
  return draft.entries.reduce((sum, entry) => sum + Object.keys(entry.changes).length, 0);
}

/** Reads a stored value as a draft; anything else (an older version, a broken value) is no draft. */
export function parseDraft(stored: unknown): StoredDraft | null {
  const parsed = draftSchema.safeParse(stored);
  return parsed.success && countDraft(parsed.data) > 0 ? parsed.data : null;
}

/** The one undoable step that restores a draft, loading its rows as the base of its edits. */
export function restoreAction(draft: StoredDraft): Extract<EditAction, { type: 'write' }> {
  const writes: CellWrite[] = [];
  for (const { row, changes } of draft.entries) {
    for (const field of Object.keys(changes) as EditableField[]) {
      writes.push({ videoId: row.id, field, value: changes[field] as CellValue });
    }
  }
  return { type: 'write', kind: 'restore', writes, load: draft.entries.map((entry) => entry.row) };
}

function pickValues(values: FieldChanges): FieldChanges {
  return Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, values[field]]));
}
