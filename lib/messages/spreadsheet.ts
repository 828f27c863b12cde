import { CLEAR_MARKER } from '@/lib/spreadsheet/cells';
import type { SheetColumnKind } from '@/lib/spreadsheet/columns';
import type { TextEncodingName } from '@/lib/spreadsheet/encoding';
import type { SheetError } from '@/lib/spreadsheet/errors';
import type { RowProblemKind } from '@/lib/spreadsheet/report';

const count = (value: number) => value.toLocaleString('en');
const plural = (value: number, one: string, many: string) => `${count(value)} ${value === 1 ? one : many}`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
  gb18030: 'GBK/GB18030 (Chinese Windows)',
  'windows-1252': 'Windows-1252 (Western Windows)',
};

const COLUMN_KIND_LABELS: Record<SheetColumnKind, string> = {
  videoId: 'VideoId',
  referenceId: 'ReferenceId',
  title: 'Title',
  description: 'Description',
  tags: 'Tags (replace)',
  addTags: 'Add tags',
  removeTags: 'Remove tags',
  category: 'Category (ID or path)',
  cateId: 'CateId',
  coverUrl: 'Cover URL',
  readOnly: 'Read-only (ignored)',
  ignore: 'Ignore this column',
};

const PROBLEM_LABELS: Record<RowProblemKind, string> = {
  missingId: 'No ID',
  unknownId: 'Unknown ID',
  duplicateRow: 'Duplicate row',
  invalidValue: 'Invalid value',
  unknownCategory: 'Unknown category',
  categoryConflict: 'Conflicting category',
  unchanged: 'Unchanged',
};

/** Spreadsheet export and import texts (English). Keep every user-facing string of this area here. */
export const spreadsheetMessages = {
  exportButton: 'Export…',
  cancel: 'Cancel',
  close: 'Close',
  importButton: 'Import…',
  export: {
    title: 'Export videos',
    rowsLegend: 'Rows',
    currentView: (rows: number) => `Current view (${plural(rows, 'row', 'rows')}, visible columns)`,
    selectedRows: (rows: number) => `Selected rows only (${plural(rows, 'row', 'rows')})`,
    formatLegend: 'Format',
    csv: 'CSV (UTF-8)',
    xlsx: 'Excel workbook (XLSX)',
    submit: 'Export',
    loadingRest: (loaded: number, total: number) =>
      `Loading the remaining videos (${count(loaded)} of ${count(total)})…`,
    progress: (done: number, total: number) => `Writing ${count(done)} of ${count(total)} rows…`,
    building: 'Building the file…',
    done: (rows: number, name: string) => `Exported ${plural(rows, 'row', 'rows')} to ${name}.`,
    failed: (detail: string) => `The export failed: ${detail}`,
    sheetName: 'Videos',
    fileStem: 'videos',
  },
  import: {
    title: 'Import changes from a spreadsheet',
    fileLabel: 'Spreadsheet file',
    dropHint: 'Choose a CSV or XLSX file, or drop it here. Up to 50 MB and 200,000 rows.',
    rulesTitle: 'How cells are read',
    rules: [
      'Rows are found by the VideoId column, or by ReferenceId when there is no VideoId column.',
      'An empty cell leaves the field unchanged.',
      `A cell containing exactly ${CLEAR_MARKER} empties the field.`,
      'Tags replaces all of a video’s tags. Add tags and Remove tags columns add or remove only the tags listed, like the bulk actions.',
      'Category accepts a category ID or its path, such as Sports / Football.',
      'Nothing is saved until you review the changes and choose Save.',
    ],
    reading: 'Reading the file…',
    checking: (done: number, total: number) => `Checking ${count(done)} of ${count(total)} rows…`,
    lookingUp: (ids: number) => `Looking up ${plural(ids, 'video', 'videos')} that are not loaded…`,
    lookupFailed: 'Could not look up the videos that are not loaded. Nothing was changed; try again.',
    converted: (encoding: TextEncodingName) =>
      `The file was ${ENCODING_NAMES[encoding]} text; it was converted to UTF-8.`,
    sheetLegend: 'This workbook has several sheets. Which one holds the videos?',
    sheetContinue: 'Read this sheet',
    mappingTitle: 'Some columns were not recognised',
    mappingHint: 'Choose what each column holds. The choice is remembered for files with the same headers.',
    mappingColumn: (header: string) => `Column “${header}”`,
    mappingContinue: 'Use these columns',
    mappingNoId: 'Map a column to VideoId or ReferenceId: rows are found by it.',
    mappingDuplicate: (kind: SheetColumnKind) => `Only one column can be ${COLUMN_KIND_LABELS[kind]}.`,
    summaryTitle: 'What this import would do',
    summary: (rows: number, videos: number, unchanged: number) =>
      `${plural(rows, 'row', 'rows')}: ${plural(videos, 'video would change', 'videos would change')}, ${plural(unchanged, 'row unchanged', 'rows unchanged')}.`,
    problemsTitle: 'Rows that will not be applied',
    noProblems: 'Every row can be applied.',
    problemCount: (kind: RowProblemKind, rows: number) =>
      `${PROBLEM_LABELS[kind]}: ${plural(rows, 'row', 'rows')}`,
    downloadReport: 'Download the import report (CSV)',
    reportFileName: 'import-report.csv',
    apply: (videos: number) => `Apply changes to ${plural(videos, 'video', 'videos')}`,
    chooseAnother: 'Choose another file',
    applied: (cells: number, videos: number) =>
      `Imported ${plural(cells, 'change', 'changes')} in ${plural(videos, 'video', 'videos')}. Review them, then save.`,
    nothingToApply: 'Nothing in this file would change a video.',
  },
  errors: {
    notSpreadsheet:
      'This is not a CSV or XLSX file. Save the sheet as CSV (UTF-8) or Excel workbook (.xlsx) and try again.',
    legacyExcel:
      'Old Excel files (.xls) cannot be read. Save the sheet as Excel workbook (.xlsx) or CSV and try again.',
    macros:
      'Workbooks with macros (.xlsm) are not accepted. Save the sheet as Excel workbook (.xlsx) without macros.',
    tooLarge: (bytes: number, maxBytes: number) =>
      `The file is ${megabytes(bytes)}; the largest file accepted is ${megabytes(maxBytes)}. Split it into smaller files.`,
    tooManyRows: (maxRows: number) =>
      `The file has more than ${count(maxRows)} rows. Split it into smaller files.`,
    empty: 'The file has no header row.',
    brokenQuoting: (row: number) =>
      `The file’s quoting is broken near row ${count(row)}: a quoted cell is never closed or has text after its closing quote. Nothing was imported.`,
    unreadable:
      'The file could not be read. It may be damaged; open it in your spreadsheet app and save it again.',
    noSuchSheet: (name: string) => `The workbook has no sheet named “${name}”.`,
    noIdColumn:
      'The file has no VideoId or ReferenceId column, so its rows cannot be matched to videos. Nothing was imported.',
  },
  columnKinds: COLUMN_KIND_LABELS,
  problems: PROBLEM_LABELS,
  details: {
    missingId: 'The ID cell is empty.',
    unknownVideoId: (id: string) => `No video with VideoId ${id}.`,
    unknownReferenceId: (id: string) => `No video with ReferenceId ${id}.`,
    duplicateRow: (row: number) => `The same video as row ${count(row)}, which is applied instead.`,
    unknownCategory: (text: string) => `No category ${text}; give its ID or its full path.`,
    categoryConflict: 'Category and CateId name different categories.',
    clearNotAllowed: 'Tag operations cannot be cleared; leave the cell empty instead.',
    unchanged: 'Every value equals what the video already has.',
    referenceIdTwice: (row: number) => `Row ${count(row)} gives the same ReferenceId.`,
  },
  report: { row: 'Row', id: 'ID', problem: 'Problem', column: 'Column', detail: 'Detail' },
  lookup: {
    invalidInput: 'Send at most 1,000 VideoIds and 1,000 ReferenceIds.',
    failed: 'VOD did not answer the lookup.',
  },
} as const;

/** Turns a file error code into a sentence for the viewer. */
export function sheetErrorMessage(error: SheetError): string {
  const m = spreadsheetMessages.errors;
  switch (error.code) {
    case 'tooLarge':
      return m.tooLarge(error.bytes, error.maxBytes);
    case 'tooManyRows':
      return m.tooManyRows(error.maxRows);
    case 'brokenQuoting':
      return m.brokenQuoting(error.row);
    case 'noSuchSheet':
      return m.noSuchSheet(error.name);
    default:
      return m[error.code];
  }
}
