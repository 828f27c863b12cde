/**
 * What one spreadsheet cell means for a field: an empty cell leaves the field unchanged, the clear marker
 * empties it, anything else is the new value.
 */

/** A cell holding exactly this text (after trimming) clears the field. */
export const CLEAR_MARKER = '(clear)';

export type CellIntent = { kind: 'keep' } | { kind: 'clear' } | { kind: 'set'; text: string };

// The export defuses formula starts with a leading apostrophe (lib/export/csv); reading undoes exactly that.
const DEFUSED_FORMULA = /^'[=+\-@\t\r]/;

/** Reads one cell; values are trimmed, as stray spaces around spreadsheet cells are never meant. */
export function readCell(raw: string | undefined): CellIntent {
  if (raw === undefined) return { kind: 'keep' };
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'keep' };
  if (trimmed.length === CLEAR_MARKER.length && trimmed.toLowerCase() === CLEAR_MARKER)
    return { kind: 'clear' };
  return { kind: 'set', text: DEFUSED_FORMULA.test(trimmed) ? trimmed.slice(1) : trimmed };
}
