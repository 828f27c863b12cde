import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import type { BatchDetail } from '@/lib/db/queries/batch-history';
import { durationOf } from '@/lib/i18n/batch-text';
import { BatchStatusBadge } from './badges';
import styles from './history.module.css';

/** Who made a batch and when, its status and timing, and the batches it is linked to (retries, reverts). */
export function BatchHeader({ batch }: { batch: BatchDetail }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <dl className={styles.meta}>
      <div>
        <dt>{t('batches.meta.status')}</dt>
        <dd>
          <BatchStatusBadge status={batch.status} />
          {batch.nextTryAt && (
            <span aria-live="polite">
              {' '}
              · {t('batches.waitingForVod')} <LocalTime iso={batch.nextTryAt} withSeconds />
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('batches.meta.kind')}</dt>
        <dd>{t(`batches.kinds.${batch.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('batches.meta.by')}</dt>
        <dd>{batch.userEmail}</dd>
      </div>
      <div>
        <dt>{t('batches.meta.videos')}</dt>
        <dd>{format.number(batch.total)}</dd>
      </div>
      <div>
        <dt>{t('batches.meta.created')}</dt>
        <dd>
          <LocalTime iso={batch.createdAt} withSeconds />
        </dd>
      </div>
      <div>
        <dt>{t('batches.meta.started')}</dt>
        <dd>{batch.startedAt ? <LocalTime iso={batch.startedAt} withSeconds /> : '—'}</dd>
      </div>
      <div>
        <dt>{t('batches.meta.finished')}</dt>
        <dd>{batch.finishedAt ? <LocalTime iso={batch.finishedAt} withSeconds /> : '—'}</dd>
      </div>
      <div>
        <dt>{t('batches.meta.duration')}</dt>
        <dd>{durationOf(t, batch.startedAt, batch.finishedAt)}</dd>
      </div>
      {batch.parentBatchId && (
        <div>
          <dt>{t('batches.meta.parent')}</dt>
          <dd>
            <Link href={`/batches/${batch.parentBatchId}`}>
              {t('batches.parentLink', { kind: batch.kind })}
            </Link>
          </dd>
        </div>
      )}
      {batch.children.length > 0 && (
        <div>
          <dt>{t('batches.meta.children')}</dt>
          <dd>
            <ul className={styles.requestIds}>
              {batch.children.map((child) => (
                <li key={child.id}>
                  <Link href={`/batches/${child.id}`}>{t('batches.childLink', { kind: child.kind })}</Link>{' '}
                  <LocalTime iso={child.createdAt} /> · {t(`batches.statuses.${child.status}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
