import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import type { BatchSummary } from '@/lib/db/queries/batch-history';
import { messages } from '@/lib/messages';
import { BatchStatusBadge } from './badges';
import styles from './history.module.css';
import { OutcomeCountList } from './outcome-counts';

const t = messages.batches;

/** One page of batches: who, when, how many videos, what came of them, how long it took. */
export function BatchTable({ batches }: { batches: readonly BatchSummary[] }) {
  if (batches.length === 0) return <p>{t.noBatches}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.columns.created}</th>
          <th scope="col">{t.columns.user}</th>
          <th scope="col">{t.columns.description}</th>
          <th scope="col" className={styles.numeric}>
            {t.columns.videos}
          </th>
          <th scope="col">{t.columns.outcomes}</th>
          <th scope="col">{t.columns.status}</th>
          <th scope="col" className={styles.numeric}>
            {t.columns.duration}
          </th>
        </tr>
      </thead>
      <tbody>
        {batches.map((batch) => (
          <tr key={batch.id}>
            <td>
              <Link href={`/batches/${batch.id}`}>
                <LocalTime iso={batch.createdAt} withSeconds />
              </Link>
            </td>
            <td>{batch.userEmail}</td>
            <td>
              {t.kinds[batch.kind]}
              {batch.label && <span className={styles.muted}> · {batch.label}</span>}
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
      </tbody>
    </table>
  );
}
