import type { AuditEventView } from '@/lib/db/queries/batch-history';
import { auditMessages } from '@/lib/messages/audit';
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

/** One event's CSV cells, in AUDIT_CSV_HEADER order (csvRow escapes them and defuses formulas). */
export function auditEventCsvCells(event: AuditEventView): string[] {
  return [
    event.at,
    event.actorEmail,
    event.action,
    auditMessages.sentence(event),
    event.targetType ?? '',
    event.targetId ?? '',
    event.ip ?? '',
    JSON.stringify(event.details),
  ];
}

/** The CSV text piece by piece: the header, then each page of events as it arrives. */
export async function* auditCsvText(pages: AsyncIterable<readonly AuditEventView[]>): AsyncGenerator<string> {
  yield CSV_BOM + csvRow(AUDIT_CSV_HEADER);
  for await (const events of pages) yield events.map((event) => csvRow(auditEventCsvCells(event))).join('');
}
