import Link from 'next/link';
import styles from '@/components/batches/history.module.css';
import { LocalTime } from '@/components/ui/local-time';
import type { AuditEventView } from '@/lib/db/queries/batch-history';
import { messages } from '@/lib/messages';

const t = messages.audit;

/** One page of the audit trail: when, who, what, on what, with the event's details. */
export function AuditTable({ events }: { events: readonly AuditEventView[] }) {
  if (events.length === 0) return <p>{t.noEvents}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.columns.at}</th>
          <th scope="col">{t.columns.actor}</th>
          <th scope="col">{t.columns.action}</th>
          <th scope="col">{t.columns.target}</th>
          <th scope="col">{t.columns.details}</th>
          <th scope="col">{t.columns.ip}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>
              <LocalTime iso={event.at} withSeconds />
            </td>
            <td>{event.actorEmail}</td>
            <td>{t.actionLabel(event.action)}</td>
            <td>
              <AuditTarget type={event.targetType} id={event.targetId} />
            </td>
            <td>
              {Object.keys(event.details).length > 0 && (
                <code className={styles.mono}>{JSON.stringify(event.details)}</code>
              )}
            </td>
            <td className={styles.mono}>{event.ip ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
