import type { ItemOutcome } from '@/lib/batches';

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

/** A row's save outcome as icon plus text, with the error code and request id spelled out for support. */
export function OutcomeCell({ videoId, outcome }: { videoId: string; outcome: ItemOutcome | undefined }) {
  const { actions } = useGridContext();
  if (outcome === undefined) return null;
  const m = gridMessages.outcomes;
  const label = m[outcome.kind];
  const details =
    outcome.kind === 'pending' || outcome.kind === 'updated'
      ? ''
      : outcome.kind === 'conflict'
        ? m.details(null, outcome.requestId)
        : m.details(outcome.code, outcome.requestId);
  const serverMessage = 'message' in outcome && outcome.message ? outcome.message : null;
  const title = [label, serverMessage, details].filter(Boolean).join('. ');
  return (
    <span className={`vg-outcome vg-outcome--${outcome.kind}`} title={title}>
      <span className="vg-outcome__icon" aria-hidden="true">
        {ICONS[outcome.kind]}
      </span>
      <span className="vg-cell__text">{label}</span>
      {serverMessage || details ? (
        <span className="ui-visually-hidden">. {[serverMessage, details].filter(Boolean).join('. ')}</span>
      ) : null}
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
