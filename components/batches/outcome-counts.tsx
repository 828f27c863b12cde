import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { OutcomeCounts } from '@/lib/db/queries/batch-history';
import { BATCH_OUTCOMES, type BatchOutcome } from '@/lib/history/statuses';
import styles from './history.module.css';

/** A batch's counters per outcome; each links to the videos with that outcome when `hrefFor` is given. */
export function OutcomeCountList({
  counts,
  hrefFor,
}: {
  counts: OutcomeCounts;
  hrefFor?: (outcome: BatchOutcome) => string;
}) {
  const t = useTranslations();
  return (
    <ul className={styles.counts}>
      {BATCH_OUTCOMES.filter((outcome) => outcome !== 'reference_not_found' || counts[outcome] > 0).map(
        (outcome) => {
          const text = t('batches.countOf', {
            n: counts[outcome],
            label: t(`batches.outcomes.${outcome}`).toLowerCase(),
          });
          return (
            <li key={outcome} className={counts[outcome] > 0 ? styles.count : styles.zero}>
              {hrefFor && counts[outcome] > 0 ? <Link href={hrefFor(outcome)}>{text}</Link> : text}
            </li>
          );
        },
      )}
      {counts.pending > 0 && (
        <li className={styles.count}>
          {t('batches.countOf', { n: counts.pending, label: t('batches.outcomes.pending').toLowerCase() })}
        </li>
      )}
    </ul>
  );
}
