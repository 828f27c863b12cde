/**
 * RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel does not read it as the local code
 * page), CRLF line ends, and cells neutralised against formula injection (OWASP "CSV injection").
 */

/** Prefix of every CSV file: the UTF-8 byte-order mark Excel looks for. */
export const CSV_BOM = '\uFEFF';

const LINE_END = '\r\n';

// A spreadsheet evaluates a cell that starts with one of these as a formula (tab and CR too, as some
// importers strip them and then see the next character).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: formula starts defused with a single quote, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record, CRLF-terminated. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}${LINE_END}`;
}
