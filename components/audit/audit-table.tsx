import Link from 'next/link';
import { useTranslations } from 'next-intl';
import styles from '@/components/batches/history.module.css';
import { HistoryTable } from '@/components/batches/history-table';
import { LocalTime } from '@/components/ui/local-time';
import type { AuditEventView } from '@/lib/db/queries/batch-history';
import { auditActionLabel, auditSentence } from '@/lib/i18n/audit-text';

const COLUMNS = [
  { label: 'audit.columns.at' },
  { label: 'audit.columns.event' },
  { label: 'audit.columns.action' },
  { label: 'audit.columns.target' },
  { label: 'audit.columns.ip' },
] as const;

/** One page of the audit trail: when, what happened as a sentence (raw details behind a toggle), on what. */
export function AuditTable({ events }: { events: readonly AuditEventView[] }) {
  const t = useTranslations();
  return (
    <HistoryTable
      caption={t('audit.tableCaption')}
      columns={COLUMNS.map((column) => ({ ...column, label: t(column.label) }))}
      emptyText={t('audit.noEvents')}
      isEmpty={events.length === 0}
    >
      {events.map((event) => (
        <tr key={event.id}>
          <td>
            <LocalTime iso={event.at} withSeconds />
          </td>
          <td>
            <span className={styles.sentence}>{auditSentence(t, event)}</span>
            {Object.keys(event.details).length > 0 && (
              <details className={styles.raw}>
                <summary>{t('audit.rawDetails')}</summary>
                <code className={styles.mono}>{JSON.stringify(event.details, null, 2)}</code>
              </details>
            )}
          </td>
          <td>{auditActionLabel(t, event.action)}</td>
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
  const t = useTranslations();
  if (!type || !id) return null;
  if (type === 'batch')
    return <Link href={`/batches/${id}`}>{t('audit.batchTarget', { id: id.slice(0, 8) })}</Link>;
  return (
    <span>
      {type === 'user' ? t('audit.userTarget') : type} <span className={styles.mono}>{id}</span>
    </span>
  );
}
