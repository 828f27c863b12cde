import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { ActiveBatch } from '@/lib/db/queries/overview';
import { summaryText } from '@/lib/i18n/batch-text';
import styles from './overview.module.css';

const POLL_MS = 2_000;

/** Batches queued, running or interrupted, polled from /api/overview/active while the page is open. */
export function ActiveBatches() {
  const t = useTranslations();
  const [batches, setBatches] = useState<ActiveBatch[] | null>(null);
  const [isStale, setIsStale] = useState(false);

  useEffect(() => {
    let isActive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch('/api/overview/active', { cache: 'no-store' });
        if (!response.ok) throw new Error(`active batches answered ${response.status}`);
        const next = (await response.json()) as ActiveBatch[];
        if (!isActive) return;
        setBatches(next);
        setIsStale(false);
      } catch {
        if (isActive) setIsStale(true);
      }
      if (isActive) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      isActive = false;
      clearTimeout(timer);
    };
  }, []);

  return (
    <section className={styles.panel} aria-labelledby="overview-active">
      <h2 id="overview-active">{t('overview.active.title')}</h2>
      <p className={styles.muted}>{t('overview.active.intro')}</p>
      {isStale && <p className="alert">{t('overview.active.stale')}</p>}
      {batches === null ? (
        <p className={styles.muted}>{t('overview.loading')}</p>
      ) : batches.length === 0 ? (
        <p className={styles.muted}>{t('overview.active.none')}</p>
      ) : (
        <ul className={styles.activeList}>
          {batches.map((batch) => (
            <li key={batch.id} className={styles.active}>
              <Link href={`/batches/${batch.id}`}>{summaryText(t, batch.summary, batch.total)}</Link>
              <span className={styles.muted}>
                {batch.userEmail} · {t(`batches.kinds.${batch.kind}`)} ·{' '}
                {t(`batches.statuses.${batch.status}`)}
              </span>
              <progress
                value={batch.done}
                max={Math.max(1, batch.total)}
                aria-label={t('overview.active.progressLabel', { done: batch.done, total: batch.total })}
              />
              <span>
                {t('overview.active.progressLabel', { done: batch.done, total: batch.total })}{' '}
                {t('overview.active.problems', { n: batch.problems })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
