import type { TextEncodingName } from './encoding';
import type { SheetError } from './errors';
import type { PackedRows } from './packed-rows';
import type { SheetCell, SheetColumn, SheetFormat } from './sheet-writer';

/** Rows per message from the page to the export worker: small enough that no message blocks the page. */
export const ROWS_PER_MESSAGE = 1_000;

/** Rows per message from the import worker, packed: a few flat strings the page copies in milliseconds. */
export const PACKED_ROWS_PER_MESSAGE = 25_000;

export interface ImportRequest {
  file: File;
  /** The worksheet to read from a workbook with several. */
  sheetName?: string;
}

export type ImportReply =
  | { type: 'error'; error: SheetError }
  | { type: 'chooseSheet'; sheetNames: string[] }
  /** Null encoding: an XLSX, which has none to detect. */
  | {
      type: 'headers';
      headers: string[];
      rowCount: number;
      encoding: TextEncodingName | null;
      sheetName: string | null;
    }
  | { type: 'rows'; rows: PackedRows }
  | { type: 'done' };

export type ExportRequest =
  | { type: 'start'; format: SheetFormat; sheetName: string; columns: SheetColumn[] }
  | { type: 'rows'; rows: SheetCell[][] }
  | { type: 'finish' };

export type ExportReply =
  | { type: 'accepted' }
  | { type: 'done'; blob: Blob }
  | { type: 'error'; message: string };
