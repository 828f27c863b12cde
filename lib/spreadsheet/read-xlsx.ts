import ExcelJS from 'exceljs';
import type { SheetError } from './errors';
import { hasVbaProject } from './file-kind';
import { SHEET_LIMITS } from './limits';
import type { SheetTable } from './table';

export type XlsxReadResult =
  | { ok: true; table: SheetTable; sheetName: string }
  | { ok: 'chooseSheet'; sheetNames: string[] }
  | { ok: false; error: SheetError };

/** A cell's value as the text it shows: rich text joined, formulas by their result, dates as ISO 8601. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return cellText((value as ExcelJS.CellHyperlinkValue).text);
  if ('error' in value) return '';
  return '';
}

/**
 * Reads one worksheet of an XLSX file. A workbook with several worksheets needs `sheetName`: without it
 * the answer lists the names to choose from. Workbooks with macros are refused.
 */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<XlsxReadResult> {
  if (hasVbaProject(bytes)) return { ok: false, error: { code: 'macros' } };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    return { ok: false, error: { code: 'unreadable' } };
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) return { ok: false, error: { code: 'empty' } };
  let sheet = sheets[0]!;
  if (sheetName !== undefined) {
    const chosen = sheets.find((candidate) => candidate.name === sheetName);
    if (!chosen) return { ok: false, error: { code: 'noSuchSheet', name: sheetName } };
    sheet = chosen;
  } else if (sheets.length > 1)
    return { ok: 'chooseSheet', sheetNames: sheets.map((candidate) => candidate.name) };

  if (sheet.actualRowCount - 1 > SHEET_LIMITS.maxRows) {
    return { ok: false, error: { code: 'tooManyRows', maxRows: SHEET_LIMITS.maxRows } };
  }
  const width = sheet.actualColumnCount;
  const lines: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = new Array(width);
    for (let col = 1; col <= width; col++) cells[col - 1] = cellText(values[col]);
    if (cells.some((cell) => cell.trim() !== '')) lines.push(cells);
  });
  const [headers, ...rows] = lines;
  if (!headers) return { ok: false, error: { code: 'empty' } };
  return { ok: true, table: { headers, rows }, sheetName: sheet.name };
}
