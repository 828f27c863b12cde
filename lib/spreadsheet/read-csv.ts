import Papa from 'papaparse';
import type { SheetError } from './errors';
import { SHEET_LIMITS } from './limits';
import type { SheetTable } from './table';

/**
 * Parses CSV text (RFC 4180, with the delimiter guessed among comma, semicolon and tab, as Excel in some
 * locales writes semicolons). Broken quoting fails the whole file, naming the first row it hit.
 */
export function readCsv(text: string): { ok: true; table: SheetTable } | { ok: false; error: SheetError } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const quoting = result.errors.find((error) => error.type === 'Quotes');
  if (quoting) return { ok: false, error: { code: 'brokenQuoting', row: (quoting.row ?? 0) + 1 } };
  const [headers, ...rows] = result.data;
  if (!headers || headers.every((cell) => cell.trim() === '')) return { ok: false, error: { code: 'empty' } };
  if (rows.length > SHEET_LIMITS.maxRows) {
    return { ok: false, error: { code: 'tooManyRows', maxRows: SHEET_LIMITS.maxRows } };
  }
  return { ok: true, table: { headers, rows } };
}
