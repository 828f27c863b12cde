import { decodeText, type TextEncodingName } from './encoding';
import type { SheetError } from './errors';
import { classifySheetFile } from './file-kind';
import { readCsv } from './read-csv';
import type { SheetTable } from './table';

export type SheetReadResult =
  | { ok: true; table: SheetTable; encoding: TextEncodingName | null; sheetName: string | null }
  | { ok: 'chooseSheet'; sheetNames: string[] }
  | { ok: false; error: SheetError };

/** Reads a dropped or chosen file into a table: checks its kind and size, decodes CSV text, picks the worksheet. */
export async function readSheetFile(
  file: Blob & { name: string },
  sheetName?: string,
): Promise<SheetReadResult> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const kind = classifySheetFile(file.name, file.size, head);
  if (!kind.ok) return kind;
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (kind.kind === 'xlsx') {
    // The workbook reader (fflate, saxes) is loaded only for workbooks, so reading a CSV does not wait for it.
    const { readXlsx } = await import('./read-xlsx');
    const result = await readXlsx(bytes, sheetName);
    return result.ok === true
      ? { ok: true, table: result.table, encoding: null, sheetName: result.sheetName }
      : result;
  }
  const decoded = decodeText(bytes);
  const result = readCsv(decoded.text);
  return result.ok ? { ok: true, table: result.table, encoding: decoded.encoding, sheetName: null } : result;
}
