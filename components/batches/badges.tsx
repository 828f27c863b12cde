import { useTranslations } from 'next-intl';
import type { BatchItemStatus, BatchStatus } from '@/lib/history/statuses';
import styles from './history.module.css';

const statusTone: Record<BatchStatus, string | undefined> = {
  pending: styles.badge,
  running: styles.badge,
  done: styles.good,
  done_with_problems: styles.warn,
  interrupted: styles.bad,
};

const outcomeTone: Record<BatchItemStatus, string | undefined> = {
  pending: styles.badge,
  sending: styles.badge,
  updated: styles.good,
  forbidden: styles.bad,
  not_found: styles.bad,
  reference_not_found: styles.bad,
  conflict: styles.warn,
  failed: styles.bad,
};

/** A batch's status as a coloured label. */
export function BatchStatusBadge({ status }: { status: BatchStatus }) {
  const t = useTranslations();
  return <span className={statusTone[status]}>{t(`batches.statuses.${status}`)}</span>;
}

/** One video's outcome as a coloured label. */
export function OutcomeBadge({ status }: { status: BatchItemStatus }) {
  const t = useTranslations();
  return <span className={outcomeTone[status]}>{t(`batches.outcomes.${status}`)}</span>;
}
