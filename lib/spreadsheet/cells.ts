/**
 * What one spreadsheet cell means for a field: an empty cell leaves the field unchanged, the clear marker
 * empties it, anything else is the new value.
 */

/** A cell holding exactly this text (after trimming) clears the field. */
export const CLEAR_MARKER = '(clear)';

export type CellIntent = { kind: 'keep' } | { kind: 'clear' } | { kind: 'set'; text: string };

// The export defuses formula starts with a leading apostrophe (lib/export/csv); reading undoes exactly that.
const DEFUSED_FORMULA = /^'[=+\-@\t\r]/;

// Shared: an import reads a million cells, most of them empty.
const KEEP: CellIntent = { kind: 'keep' };
const CLEAR: CellIntent = { kind: 'clear' };

/** Reads one cell; values are trimmed, as stray spaces around spreadsheet cells are never meant. */
export function readCell(raw: string | undefined): CellIntent {
  if (raw === undefined) return KEEP;
  const trimmed = raw.trim();
  if (trimmed === '') return KEEP;
  if (trimmed.length === CLEAR_MARKER.length && trimmed.toLowerCase() === CLEAR_MARKER) return CLEAR;
  return { kind: 'set', text: DEFUSED_FORMULA.test(trimmed) ? trimmed.slice(1) : trimmed };
}
