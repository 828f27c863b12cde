import type { TextEncodingName } from './encoding';
import type { SheetError } from './errors';
import type { PackedRows } from './packed-rows';
import type { SheetCell, SheetColumn, SheetFormat } from './sheet-writer';

/** Rows per message from the page to the export worker: small enough that no message blocks the page. */
export const ROWS_PER_MESSAGE = 1_000;

/**
 * Text per message from the import worker, in UTF-16 units: the page copies a message's strings at a few
 * hundred MB/s on a busy machine, so 256 Ki units (at most 512 KB) keep each message to a few milliseconds.
 */
export const PACKED_UNITS_PER_MESSAGE = 256 * 1024;

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
