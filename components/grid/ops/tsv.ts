/**
 * Tab-separated values as Excel and Google Sheets put them on the clipboard: a cell holding a tab, a
 * line break or a quote is wrapped in quotes with inner quotes doubled; rows end with CRLF or LF, and
 * the block usually ends with one trailing line break that is not an extra row.
 */

/** Parses a clipboard TSV block into rows of cells. */
export function parseTsv(text: string): string[][] {
  if (text === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      const end = readQuoted(text, i);
      if (end !== null) {
        cell = end.value;
        i = end.next;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads a quoted cell starting at `start`. Returns null when the quote does not open a well-formed
 * quoted cell (no closing quote, or text after it before the next separator), in which case the quote
 * is literal text, as spreadsheets treat it.
 */
function readQuoted(text: string, start: number): { value: string; next: number } | null {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const after = text[i + 1];
      if (after === undefined || after === '\t' || after === '\r' || after === '\n') {
        return { value, next: i + 1 };
      }
      return null;
    }
    value += ch;
    i++;
  }
  return null;
}

const NEEDS_QUOTES = /[\t\r\n"]/;

/** Serialises rows of cells as TSV that spreadsheets paste back cell for cell. */
export function serializeTsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) =>
      row.map((cell) => (NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join('\t'),
    )
    .join('\n');
}
