import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import type { ItemOutcome, ItemOutcomeKind } from '@/lib/batches';
import grid from './grid.module.css';
import bars from './grid-bars.module.css';
import { PROBLEM_OUTCOME_KINDS } from './types';

const ORDER: readonly ItemOutcomeKind[] = [
  'pending',
  'updated',
  'conflict',
  'forbidden',
  'not_found',
  'reference_not_found',
  'failed',
];

/** Counts of each save outcome, announced politely as they change, with a filter for the problems. */
export function OutcomeSummary({
  outcomes,
  isOnlyProblems,
  onOnlyProblemsChange,
}: {
  outcomes: ReadonlyMap<string, ItemOutcome>;
  isOnlyProblems: boolean;
  onOnlyProblemsChange: (value: boolean) => void;
}) {
  const t = useTranslations('grid.outcomes');
  const counts = useMemo(() => {
    const tally = new Map<ItemOutcomeKind, number>();
    for (const outcome of outcomes.values()) tally.set(outcome.kind, (tally.get(outcome.kind) ?? 0) + 1);
    return tally;
  }, [outcomes]);
  const problems = ORDER.filter((kind) => PROBLEM_OUTCOME_KINDS.has(kind)).reduce(
    (n, k) => n + (counts.get(k) ?? 0),
    0,
  );
  return (
    <section className={bars.outcomes} aria-label={t('summaryLabel')}>
      <p className={bars.text} role="status" aria-live="polite">
        {ORDER.filter((kind) => counts.has(kind)).map((kind, i) => (
          <span key={kind} className={grid[`outcome-${kind}`]}>
            {i > 0 ? <span aria-hidden="true"> · </span> : null}
            {t(`counts.${kind}`, { n: counts.get(kind)! })}
          </span>
        ))}
      </p>
      {problems > 0 || isOnlyProblems ? (
        <label className={bars.outcomesFilter}>
          <Checkbox
            checked={isOnlyProblems}
            onChange={(event) => onOnlyProblemsChange(event.target.checked)}
          />
          {t('showOnlyProblems')}
        </label>
      ) : null}
    </section>
  );
}
