import Link from 'next/link';
import styles from '@/components/batches/history.module.css';
import { HistoryTable } from '@/components/batches/history-table';
import { LocalTime } from '@/components/ui/local-time';
import type { AuditEventView } from '@/lib/db/queries/batch-history';
import { messages } from '@/lib/messages';

const t = messages.audit;
const COLUMNS = [
  { label: t.columns.at },
  { label: t.columns.event },
  { label: t.columns.action },
  { label: t.columns.target },
  { label: t.columns.ip },
];

/** One page of the audit trail: when, what happened as a sentence (raw details behind a toggle), on what. */
export function AuditTable({ events }: { events: readonly AuditEventView[] }) {
  return (
    <HistoryTable
      caption={t.tableCaption}
      columns={COLUMNS}
      emptyText={t.noEvents}
      isEmpty={events.length === 0}
    >
      {events.map((event) => (
        <tr key={event.id}>
          <td>
            <LocalTime iso={event.at} withSeconds />
          </td>
          <td>
            <span className={styles.sentence}>{t.sentence(event)}</span>
            {Object.keys(event.details).length > 0 && (
              <details className={styles.raw}>
                <summary>{t.rawDetails}</summary>
                <code className={styles.mono}>{JSON.stringify(event.details, null, 2)}</code>
              </details>
            )}
          </td>
          <td>{t.actionLabel(event.action)}</td>
          <td>
            <AuditTarget type={event.targetType} id={event.targetId} />
          </td>
          <td className={styles.mono}>{event.ip ?? ''}</td>
        </tr>
      ))}
    </HistoryTable>
  );
}

/** A batch target links to its history page; anything else is shown as type and id. */
function AuditTarget({ type, id }: { type: string | null; id: string | null }) {
  if (!type || !id) return null;
  if (type === 'batch') return <Link href={`/batches/${id}`}>{t.batchTarget(id)}</Link>;
  return (
    <span>
      {type} <span className={styles.mono}>{id}</span>
    </span>
  );
}
