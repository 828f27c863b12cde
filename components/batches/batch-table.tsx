import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import type { BatchSummary } from '@/lib/db/queries/batch-history';
import { durationOf, summaryText } from '@/lib/i18n/batch-text';
import { BatchStatusBadge } from './badges';
import styles from './history.module.css';
import { HistoryTable } from './history-table';
import { OutcomeCountList } from './outcome-counts';

const COLUMNS = [
  { label: 'batches.columns.created' },
  { label: 'batches.columns.user' },
  { label: 'batches.columns.description' },
  { label: 'batches.columns.videos', isNumeric: true },
  { label: 'batches.columns.outcomes' },
  { label: 'batches.columns.status' },
  { label: 'batches.columns.duration', isNumeric: true },
] as const;

/** One page of batches: who, when, how many videos, what came of them, how long it took. */
export function BatchTable({ batches }: { batches: readonly BatchSummary[] }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <HistoryTable
      caption={t('batches.tableCaption')}
      columns={COLUMNS.map((column) => ({ ...column, label: t(column.label) }))}
      emptyText={t('batches.noBatches')}
      isEmpty={batches.length === 0}
    >
      {batches.map((batch) => (
        <tr key={batch.id}>
          <td>
            <Link href={`/batches/${batch.id}`}>
              <LocalTime iso={batch.createdAt} withSeconds />
            </Link>
          </td>
          <td>{batch.userEmail}</td>
          <td>
            <span className={styles.summary}>{summaryText(t, batch.summary, batch.total)}</span>
            {batch.note && (
              <span className={styles.note}>{t('batches.noteWithText', { note: batch.note })}</span>
            )}
            <span className={styles.muted}>
              {t(`batches.kinds.${batch.kind}`)}
              {batch.label && ` · ${batch.label}`}
            </span>
          </td>
          <td className={styles.numeric}>{format.number(batch.total)}</td>
          <td>
            <OutcomeCountList counts={batch.counts} />
          </td>
          <td>
            <BatchStatusBadge status={batch.status} />
          </td>
          <td className={styles.numeric}>{durationOf(t, batch.startedAt, batch.finishedAt)}</td>
        </tr>
      ))}
    </HistoryTable>
  );
}
