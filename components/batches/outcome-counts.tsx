import Link from 'next/link';
import { BATCH_OUTCOMES, type BatchOutcome, type OutcomeCounts } from '@/lib/db/queries/batch-history';
import { messages } from '@/lib/messages';
import styles from './history.module.css';

const t = messages.batches;

/** A batch's counters per outcome; each links to the videos with that outcome when `hrefFor` is given. */
export function OutcomeCountList({
  counts,
  hrefFor,
}: {
  counts: OutcomeCounts;
  hrefFor?: (outcome: BatchOutcome) => string;
}) {
  return (
    <ul className={styles.counts}>
      {BATCH_OUTCOMES.filter((outcome) => outcome !== 'reference_not_found' || counts[outcome] > 0).map(
        (outcome) => {
          const text = t.countOf(counts[outcome], t.outcomes[outcome]);
          return (
            <li key={outcome} className={counts[outcome] > 0 ? styles.count : styles.zero}>
              {hrefFor && counts[outcome] > 0 ? <Link href={hrefFor(outcome)}>{text}</Link> : text}
            </li>
          );
        },
      )}
      {counts.pending > 0 && (
        <li className={styles.count}>{t.countOf(counts.pending, t.outcomes.pending)}</li>
      )}
    </ul>
  );
}
