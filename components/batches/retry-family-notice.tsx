import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import type { BatchProgress } from '@/lib/batches';
import styles from './history.module.css';

/** Tells that a batch was retried before and points to the newest retry, where what still fails is. */
export function RetryFamilyNotice({ newest }: { newest: BatchProgress }) {
  const t = useTranslations();
  return (
    <section className={`card ${styles.family}`} aria-labelledby="retry-family">
      <h2 id="retry-family">{t('batches.family.title')}</h2>
      <p>
        <Link href={`/batches/${newest.batchId}`}>{t('batches.family.newest')}</Link> (
        <LocalTime iso={newest.createdAt} withSeconds />
        ). {t('batches.family.status', { status: t(`batches.statuses.${newest.status}`) })}{' '}
        {t('batches.family.stillFailing', { n: newest.retryable })}
      </p>
    </section>
  );
}
