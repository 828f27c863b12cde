import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import type { BatchSummary } from '@/lib/db/queries/batch-history';
import { messages } from '@/lib/messages';
import { BatchStatusBadge } from './badges';
import styles from './history.module.css';
import { HistoryTable } from './history-table';
import { OutcomeCountList } from './outcome-counts';

const t = messages.batches;
const COLUMNS = [
  { label: t.columns.created },
  { label: t.columns.user },
  { label: t.columns.description },
  { label: t.columns.videos, isNumeric: true },
  { label: t.columns.outcomes },
  { label: t.columns.status },
  { label: t.columns.duration, isNumeric: true },
];

/** One page of batches: who, when, how many videos, what came of them, how long it took. */
export function BatchTable({ batches }: { batches: readonly BatchSummary[] }) {
  return (
    <HistoryTable
      caption={t.tableCaption}
      columns={COLUMNS}
      emptyText={t.noBatches}
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
            <span className={styles.summary}>{t.summaryText(batch.summary, batch.total)}</span>
            {batch.note && <span className={styles.note}>{t.noteWithText(batch.note)}</span>}
            <span className={styles.muted}>
              {t.kinds[batch.kind]}
              {batch.label && ` · ${batch.label}`}
            </span>
          </td>
          <td className={styles.numeric}>{t.count(batch.total)}</td>
          <td>
            <OutcomeCountList counts={batch.counts} />
          </td>
          <td>
            <BatchStatusBadge status={batch.status} />
          </td>
          <td className={styles.numeric}>{t.durationOf(batch.startedAt, batch.finishedAt)}</td>
        </tr>
      ))}
    </HistoryTable>
  );
}
