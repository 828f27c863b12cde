/**
 * Why a file cannot be imported. Codes, not sentences: the dialog turns them into messages. A file that
 * fails any of these changes nothing.
 */
export type SheetError =
  | { code: 'notSpreadsheet' }
  | { code: 'legacyExcel' }
  | { code: 'macros' }
  | { code: 'tooLarge'; bytes: number; maxBytes: number }
  | { code: 'tooManyRows'; maxRows: number }
  | { code: 'empty' }
  | { code: 'brokenQuoting'; row: number }
  | { code: 'unreadable' }
  | { code: 'noSuchSheet'; name: string };
