import type { AuditEventView } from '@/lib/db/queries/batch-history';
import { auditSentence } from '@/lib/i18n/audit-text';
import type { Translator } from '@/lib/i18n/translator';
import { CSV_BOM, csvRow } from './csv';

/** The audit trail as CSV: one event per row with its sentence, the raw details kept as JSON. */

export const AUDIT_CSV_HEADER: readonly string[] = [
  'at',
  'actor_email',
  'action',
  'sentence',
  'target_type',
  'target_id',
  'ip',
  'details',
];

/** One event's CSV cells, in AUDIT_CSV_HEADER order (csvRow escapes them and defuses formulas); the sentence in the language of `t`. */
export function auditEventCsvCells(event: AuditEventView, t: Translator): string[] {
  return [
    event.at,
    event.actorEmail,
    event.action,
    auditSentence(t, event),
    event.targetType ?? '',
    event.targetId ?? '',
    event.ip ?? '',
    JSON.stringify(event.details),
  ];
}

/** The CSV text piece by piece: the header, then each page of events as it arrives. */
export async function* auditCsvText(
  pages: AsyncIterable<readonly AuditEventView[]>,
  t: Translator,
): AsyncGenerator<string> {
  yield CSV_BOM + csvRow(AUDIT_CSV_HEADER);
  for await (const events of pages)
    yield events.map((event) => csvRow(auditEventCsvCells(event, t))).join('');
}
