import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import type { BatchProgress } from '@/lib/batches';
import { messages } from '@/lib/messages';
import styles from './history.module.css';

const t = messages.batches;

/** Tells that a batch was retried before and points to the newest retry, where what still fails is. */
export function RetryFamilyNotice({ newest }: { newest: BatchProgress }) {
  return (
    <section className={`card ${styles.family}`} aria-labelledby="retry-family">
      <h2 id="retry-family">{t.family.title}</h2>
      <p>
        <Link href={`/batches/${newest.batchId}`}>{t.family.newest}</Link> (
        <LocalTime iso={newest.createdAt} withSeconds />
        ). {t.family.status(t.statuses[newest.status])} {t.family.stillFailing(newest.retryable)}
      </p>
    </section>
  );
}
