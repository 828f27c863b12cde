import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import type { BatchDetail } from '@/lib/db/queries/batch-history';
import { messages } from '@/lib/messages';
import { BatchStatusBadge } from './badges';
import styles from './history.module.css';

const t = messages.batches;

/** Who made a batch and when, its status and timing, and the batches it is linked to (retries, reverts). */
export function BatchHeader({ batch }: { batch: BatchDetail }) {
  return (
    <dl className={styles.meta}>
      <div>
        <dt>{t.meta.status}</dt>
        <dd>
          <BatchStatusBadge status={batch.status} />
          {batch.nextTryAt && (
            <span aria-live="polite">
              {' '}
              · {t.waitingForVod} <LocalTime iso={batch.nextTryAt} withSeconds />
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t.meta.kind}</dt>
        <dd>{t.kinds[batch.kind]}</dd>
      </div>
      <div>
        <dt>{t.meta.by}</dt>
        <dd>{batch.userEmail}</dd>
      </div>
      <div>
        <dt>{t.meta.videos}</dt>
        <dd>{t.count(batch.total)}</dd>
      </div>
      <div>
        <dt>{t.meta.created}</dt>
        <dd>
          <LocalTime iso={batch.createdAt} withSeconds />
        </dd>
      </div>
      <div>
        <dt>{t.meta.started}</dt>
        <dd>{batch.startedAt ? <LocalTime iso={batch.startedAt} withSeconds /> : '—'}</dd>
      </div>
      <div>
        <dt>{t.meta.finished}</dt>
        <dd>{batch.finishedAt ? <LocalTime iso={batch.finishedAt} withSeconds /> : '—'}</dd>
      </div>
      <div>
        <dt>{t.meta.duration}</dt>
        <dd>{t.durationOf(batch.startedAt, batch.finishedAt)}</dd>
      </div>
      {batch.parentBatchId && (
        <div>
          <dt>{t.meta.parent}</dt>
          <dd>
            <Link href={`/batches/${batch.parentBatchId}`}>{t.parentLink(t.kinds[batch.kind])}</Link>
          </dd>
        </div>
      )}
      {batch.children.length > 0 && (
        <div>
          <dt>{t.meta.children}</dt>
          <dd>
            <ul className={styles.requestIds}>
              {batch.children.map((child) => (
                <li key={child.id}>
                  <Link href={`/batches/${child.id}`}>{t.childLink(t.kinds[child.kind])}</Link>{' '}
                  <LocalTime iso={child.createdAt} /> · {t.statuses[child.status]}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
