import { CSV_BOM, csvRow } from '@/lib/export/csv';
import type { Translator } from '@/lib/i18n/translator';

/** Why a row of an import is not applied. */
export type RowProblemKind =
  | 'missingId'
  | 'unknownId'
  | 'duplicateRow'
  | 'invalidValue'
  | 'unknownCategory'
  | 'categoryConflict'
  | 'unchanged';

export const ROW_PROBLEM_KINDS: readonly RowProblemKind[] = [
  'missingId',
  'unknownId',
  'duplicateRow',
  'invalidValue',
  'unknownCategory',
  'categoryConflict',
  'unchanged',
];

export interface RowProblem {
  /** The row's number in the file, the header being row 1, as a spreadsheet shows it. */
  row: number;
  /** The VideoId or ReferenceId the row named ('' when empty). */
  id: string;
  kind: RowProblemKind;
  /** The column the problem is in, when it is about one column. */
  column?: string;
  /** A sentence for the viewer. */
  detail: string;
}

/** The import report as CSV text in the viewer's language: one line per row not applied. */
export function importReportCsv(t: Translator<'spreadsheet'>, problems: readonly RowProblem[]): string {
  const headers = (['row', 'id', 'problem', 'column', 'detail'] as const).map((key) => t(`report.${key}`));
  let text = CSV_BOM + csvRow(headers);
  for (const problem of problems) {
    text += csvRow([
      String(problem.row),
      problem.id,
      t(`problems.${problem.kind}`),
      problem.column ?? '',
      problem.detail,
    ]);
  }
  return text;
}
