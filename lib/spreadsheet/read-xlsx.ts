import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { SheetError } from './errors';
import { hasVbaProject } from './file-kind';
import { SHEET_LIMITS } from './limits';
import type { SheetTable } from './table';

export type XlsxReadResult =
  | { ok: true; table: SheetTable; sheetName: string }
  | { ok: 'chooseSheet'; sheetNames: string[] }
  | { ok: false; error: SheetError };

/** A workbook whose zip or XML is broken; answered as an unreadable file. */
class UnreadableWorkbook extends Error {}

// The built-in number formats that show dates or times (ECMA-376 18.8.30, and the zh-CN ones Excel uses).
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Whether a number format code shows a date or time: a date letter outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Excel's serial day number as a date: days since 1899-12-30, or since 1904-01-01 in 1904 workbooks. */
function serialToIso(serial: number, date1904: boolean): string {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)).toISOString();
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Runs a SAX parse of one XML part, calling `open`, `close` and `text` with local element names. */
function parseXml(
  xml: string,
  handlers: {
    open?: (name: string, attributes: Record<string, string>) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  },
): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => {
    throw new UnreadableWorkbook(error.message);
  });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes));
  if (close) parser.on('closetag', (tag: SaxesTagPlain) => close(localName(tag.name)));
  if (text) parser.on('text', text);
  parser.write(xml).close();
}

/** A part's path from a relationship target, which is relative to `base` or absolute. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

interface Relationship {
  type: string;
  target: string;
}

function readRelationships(xml: string | undefined, base: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  if (xml === undefined) return relationships;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'Relationship' && attributes.Id && attributes.Target) {
        relationships.set(attributes.Id, {
          type: attributes.Type ?? '',
          target: resolvePart(base, attributes.Target),
        });
      }
    },
  });
  return relationships;
}

/** Text of `<t>` elements inside each `container` element (rich text runs joined, phonetic runs skipped). */
function textCollector(container: string) {
  let inside = false;
  let phonetic = 0;
  let inText = false;
  let current = '';
  return {
    open(name: string) {
      if (name === container) {
        inside = true;
        current = '';
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inside && phonetic === 0) inText = true;
    },
    /** The container's text when it closes, else null. */
    close(name: string): string | null {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === container) {
        inside = false;
        return current;
      }
      return null;
    },
    text(text: string) {
      if (inText) current += text;
    },
  };
}

function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  const collector = textCollector('si');
  parseXml(xml, {
    open: (name) => collector.open(name),
    close: (name) => {
      const text = collector.close(name);
      if (text !== null) strings.push(text);
    },
    text: (text) => collector.text(text),
  });
  return strings;
}

/** Which cell styles (by index) show numbers as dates. */
function readDateStyles(xml: string | undefined): boolean[] {
  const dateStyles: boolean[] = [];
  if (xml === undefined) return dateStyles;
  const customFormats = new Map<number, string>();
  let inCellFormats = false;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'numFmt') customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellFormats = true;
      else if (name === 'xf' && inCellFormats) {
        const id = Number(attributes.numFmtId ?? 0);
        const custom = customFormats.get(id);
        dateStyles.push(custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(id));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellFormats = false;
    },
  });
  return dateStyles;
}

/** A column's index (0 for A) from a cell reference like "AB12". */
function columnIndex(reference: string): number {
  let index = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    index = index * 26 + code - 64;
  }
  return index - 1;
}

const rowNumber = (reference: string) => Number(reference.replace(/^[A-Z]+/, ''));

interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** The worksheet's rows, by row number, each cell as the text it shows. */
function readWorksheet(xml: string, context: SheetContext): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  let row: string[] | null = null;
  let nextRow = 1;
  let nextColumn = 0;
  let cell = { column: 0, type: '', style: 0, value: '', hasValue: false };
  let inValue = false;
  const inline = textCollector('is');

  const cellText = (): string => {
    const { type, value, hasValue } = cell;
    if (type === 'inlineStr') return value;
    if (!hasValue || type === 'e') return '';
    if (type === 's') return context.sharedStrings[Number(value)] ?? '';
    if (type === 'str' || type === 'd') return value;
    if (type === 'b') return String(Number.parseInt(value, 10) !== 0);
    const number = Number.parseFloat(value);
    return context.dateStyles[cell.style] && Number.isFinite(number)
      ? serialToIso(number, context.date1904)
      : String(number);
  };

  parseXml(xml, {
    open: (name, attributes) => {
      switch (name) {
        case 'row': {
          const number = attributes.r ? Number(attributes.r) : nextRow;
          nextRow = number + 1;
          nextColumn = 0;
          row = [];
          rows.set(number, row);
          return;
        }
        case 'c':
          cell = {
            column: attributes.r ? columnIndex(attributes.r) : nextColumn,
            type: attributes.t ?? 'n',
            style: Number(attributes.s ?? 0),
            value: '',
            hasValue: false,
          };
          nextColumn = cell.column + 1;
          return;
        case 'v':
          inValue = true;
          return;
        default:
          inline.open(name);
      }
    },
    close: (name) => {
      if (name === 'v') inValue = false;
      else if (name === 'c' && row) row[cell.column] = cellText();
      else {
        const text = inline.close(name);
        if (text !== null) cell.value = text;
      }
    },
    text: (text) => {
      if (inValue) {
        cell.value += text;
        cell.hasValue = true;
      } else inline.text(text);
    },
  });
  return rows;
}

/** Repeats each merged range's top-left value in its other cells, as a spreadsheet shows them. */
function fillMergedRanges(xml: string, rows: Map<number, string[]>): void {
  const start = xml.lastIndexOf('<mergeCells');
  if (start < 0) return;
  for (const match of xml.slice(start).matchAll(/<(?:\w+:)?mergeCell\s[^>]*ref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const [top, bottom] = [match[1]!, match[2]!];
    const value = rows.get(rowNumber(top))?.[columnIndex(top)] ?? '';
    if (value === '') continue;
    for (let number = rowNumber(top); number <= rowNumber(bottom); number++) {
      let row = rows.get(number);
      if (!row) {
        row = [];
        rows.set(number, row);
      }
      for (let column = columnIndex(top); column <= columnIndex(bottom); column++) row[column] = value;
    }
  }
}

/**
 * Reads one worksheet of an XLSX file. A workbook with several worksheets needs `sheetName`: without it
 * the answer lists the names to choose from. Workbooks with macros are refused.
 *
 * Cells are read straight from the workbook's XML (fflate unzips, saxes parses) as the text they show,
 * as ExcelJS shows them: shared and inline strings with rich text joined, formulas by their cached
 * result, booleans as true/false, numbers in a date format as ISO 8601 dates, errors as empty cells, a
 * merged range's value in each of its cells. ExcelJS's reader built an object model of every cell and
 * took two to three times as long at 100,000 rows (bench group spreadsheet), so ExcelJS only writes
 * workbooks here.
 */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<XlsxReadResult> {
  if (hasVbaProject(bytes)) return { ok: false, error: { code: 'macros' } };
  try {
    return readWorkbook(bytes, sheetName);
  } catch {
    return { ok: false, error: { code: 'unreadable' } };
  }
}

function readWorkbook(bytes: Uint8Array, sheetName: string | undefined): XlsxReadResult {
  const workbookPath = 'xl/workbook.xml';
  const workbookRelsPath = 'xl/_rels/workbook.xml.rels';
  const head = unzipSync(bytes, {
    filter: (file) => file.name === workbookPath || file.name === workbookRelsPath,
  });
  if (!head[workbookPath]) throw new UnreadableWorkbook('no workbook part');
  const relationships = readRelationships(
    head[workbookRelsPath] && strFromU8(head[workbookRelsPath]),
    workbookPath,
  );
  const sheets: { name: string; path: string }[] = [];
  let date1904 = false;
  parseXml(strFromU8(head[workbookPath]), {
    open: (name, attributes) => {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      if (name !== 'sheet') return;
      // The relationship id is the sheet's one prefixed `id` attribute (r:id, whatever the prefix).
      const id = Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
      const target = id === undefined ? undefined : relationships.get(id);
      if (target?.type.endsWith('/worksheet'))
        sheets.push({ name: attributes.name ?? '', path: target.target });
    },
  });
  if (sheets.length === 0) return { ok: false, error: { code: 'empty' } };
  let sheet = sheets[0]!;
  if (sheetName !== undefined) {
    const chosen = sheets.find((candidate) => candidate.name === sheetName);
    if (!chosen) return { ok: false, error: { code: 'noSuchSheet', name: sheetName } };
    sheet = chosen;
  } else if (sheets.length > 1)
    return { ok: 'chooseSheet', sheetNames: sheets.map((candidate) => candidate.name) };

  const partOf = (type: string, fallback: string) =>
    [...relationships.values()].find((relationship) => relationship.type.endsWith(type))?.target ?? fallback;
  const stringsPath = partOf('/sharedStrings', 'xl/sharedStrings.xml');
  const stylesPath = partOf('/styles', 'xl/styles.xml');
  const parts = unzipSync(bytes, {
    filter: (file) => file.name === sheet.path || file.name === stringsPath || file.name === stylesPath,
  });
  const sheetPart = parts[sheet.path];
  if (!sheetPart) throw new UnreadableWorkbook('no worksheet part');
  const text = (path: string) => (parts[path] ? strFromU8(parts[path]) : undefined);
  const sheetXml = strFromU8(sheetPart);
  const rows = readWorksheet(sheetXml, {
    sharedStrings: readSharedStrings(text(stringsPath)),
    dateStyles: readDateStyles(text(stylesPath)),
    date1904,
  });
  fillMergedRanges(sheetXml, rows);

  const lines: string[][] = [];
  let width = 0;
  for (const number of [...rows.keys()].sort((a, b) => a - b)) {
    const cells = rows.get(number)!;
    if (cells.some((cell) => cell !== undefined && cell.trim() !== '')) {
      lines.push(cells);
      width = Math.max(width, cells.length);
    }
  }
  const [headers, ...data] = lines.map((cells) => Array.from({ length: width }, (_, i) => cells[i] ?? ''));
  if (!headers) return { ok: false, error: { code: 'empty' } };
  if (data.length > SHEET_LIMITS.maxRows) {
    return { ok: false, error: { code: 'tooManyRows', maxRows: SHEET_LIMITS.maxRows } };
  }
  return { ok: true, table: { headers, rows: data }, sheetName: sheet.name };
}
