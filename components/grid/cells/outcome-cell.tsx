import type { ItemOutcome } from '@/lib/batches';

import { explainOutcome } from '@/lib/messages/errors';
import { gridMessages } from '@/lib/messages/grid';
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
  const { actions } = useGridContext();
  if (outcome === undefined) return null;
  const m = gridMessages.outcomes;
  const label = m[outcome.kind];
  // The sentence only; the code, request ID and VOD's own text are in the status line's Details.
  const explained =
    outcome.kind === 'pending' || outcome.kind === 'updated' || outcome.kind === 'conflict'
      ? null
      : explainOutcome(outcome.kind, outcome.code);
  const sentence = explained ? `${explained.sentence} ${explained.nextStep}` : null;
  const title = [label, sentence].filter(Boolean).join('. ');
  return (
    <span className={`vg-outcome vg-outcome--${outcome.kind}`} title={title}>
      <span className="vg-outcome__icon" aria-hidden="true">
        {ICONS[outcome.kind]}
      </span>
      <span className="vg-cell__text">{label}</span>
      {sentence ? <span className="ui-visually-hidden">. {sentence}</span> : null}
      {outcome.kind === 'conflict' ? (
        <button
          type="button"
          className="vg-link-button"
          tabIndex={-1}
          onClick={() => actions.openConflict(videoId)}
        >
          {m.reviewConflict}
        </button>
      ) : null}
    </span>
  );
}
