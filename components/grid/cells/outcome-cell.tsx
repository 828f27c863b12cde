import { useTranslations } from 'next-intl';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import type { ItemOutcome } from '@/lib/batches';
import { outcomeErrorKind } from '@/lib/i18n/error-kind';
import styles from '../grid.module.css';
import { useGridContext } from '../state/grid-context';

const ICONS: Record<ItemOutcome['kind'], string> = {
  pending: '…',
  updated: '✓',
  forbidden: '⊘',
  not_found: '∅',
  reference_not_found: '?',
  failed: '✕',
  conflict: '⇄',
};

/** A row's save outcome as icon plus text, and for a problem what happened and what to do next. */
export function OutcomeCell({ videoId, outcome }: { videoId: string; outcome: ItemOutcome | undefined }) {
  const t = useTranslations('grid.outcomes');
  const tErrors = useTranslations('errors');
  const { actions } = useGridContext();
  if (outcome === undefined) return null;
  const label = t(outcome.kind);
  // The sentence only; the code, request ID and VOD's own text are in the status line's Details.
  const errorKind =
    outcome.kind === 'pending' || outcome.kind === 'updated' || outcome.kind === 'conflict'
      ? null
      : outcomeErrorKind(outcome.kind, outcome.code);
  const sentence = errorKind
    ? `${tErrors(`${errorKind}.sentence`)} ${tErrors(`${errorKind}.nextStep`)}`
    : null;
  const title = sentence ? t('withReason', { label, sentence }) : label;
  return (
    <span className={`${styles.outcome} ${styles[`outcome-${outcome.kind}`] ?? ''}`} title={title}>
      <span className={styles.outcomeIcon} aria-hidden="true">
        {ICONS[outcome.kind]}
      </span>
      <span className={styles.text}>{label}</span>
      {sentence ? <VisuallyHidden>{t('reason', { sentence })}</VisuallyHidden> : null}
      {outcome.kind === 'conflict' ? (
        <button
          type="button"
          className={styles.linkButton}
          tabIndex={-1}
          onClick={() => actions.openConflict(videoId)}
        >
          {t('reviewConflict')}
        </button>
      ) : null}
    </span>
  );
}
