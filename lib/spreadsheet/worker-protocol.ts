import type { TextEncodingName } from './encoding';
import type { SheetError } from './errors';
import type { SheetCell, SheetColumn, SheetFormat } from './sheet-writer';

/** Rows per message between a worker and the page: small enough that no message blocks the page. */
export const ROWS_PER_MESSAGE = 1_000;

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
  | { type: 'rows'; rows: string[][] }
  | { type: 'done' };

export type ExportRequest =
  | { type: 'start'; format: SheetFormat; sheetName: string; columns: SheetColumn[] }
  | { type: 'rows'; rows: SheetCell[][] }
  | { type: 'finish' };

export type ExportReply =
  | { type: 'accepted' }
  | { type: 'done'; blob: Blob }
  | { type: 'error'; message: string };
