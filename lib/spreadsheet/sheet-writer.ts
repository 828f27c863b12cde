import { CSV_BOM, csvRow } from '@/lib/export/csv';

export type SheetFormat = 'csv' | 'xlsx';

/** A cell to write: text, or a number (IDs, durations) that XLSX keeps numeric. */
export type SheetCell = string | number;

export interface SheetColumn {
  header: string;
  /** In characters, as Excel measures column widths. */
  width: number;
}

export interface SheetWriter {
  add(rows: readonly (readonly SheetCell[])[]): void;
  finish(): Promise<Blob>;
}

export const SHEET_MIME_TYPES: Record<SheetFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Writes rows as they come. CSV: UTF-8 with a byte-order mark, RFC 4180, formula starts defused, kept as
 * text pieces of a Blob. XLSX: one worksheet with a bold, frozen header row and column widths; cells are
 * values, never formulas, so nothing needs defusing. Async because ExcelJS is loaded only for XLSX.
 */
export async function createSheetWriter(
  format: SheetFormat,
  sheetName: string,
  columns: readonly SheetColumn[],
): Promise<SheetWriter> {
  if (format === 'csv') {
    const parts: string[] = [CSV_BOM + csvRow(columns.map((column) => column.header))];
    return {
      add(rows) {
        let text = '';
        for (const row of rows) text += csvRow(row.map(String));
        parts.push(text);
      },
      finish: async () => new Blob(parts, { type: SHEET_MIME_TYPES.csv }),
    };
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  return {
    add(rows) {
      sheet.addRows(rows as SheetCell[][]);
    },
    async finish() {
      const buffer = await workbook.xlsx.writeBuffer();
      return new Blob([buffer as ArrayBuffer], { type: SHEET_MIME_TYPES.xlsx });
    },
  };
}
