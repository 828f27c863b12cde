import { useCallback, useSyncExternalStore } from 'react';
import { ErrorDetails } from '@/components/ui/error-details';
import type { ItemOutcome } from '@/lib/batches';
import { explainOutcome } from '@/lib/messages/errors';
import { gridMessages, issueMessage } from '@/lib/messages/grid';
import type { Video } from '@/lib/vod';
import type { GridColumn } from './columns';
import { useGridContext } from './state/grid-context';

/**
 * Spells out under the grid, so it is visible without hovering an icon, the focused cell's problem, or
 * else why the focused row's save failed, in words, with the technical detail behind "Details".
 */
export function FocusedCellStatus({
  rows,
  columns,
  outcomes,
}: {
  rows: readonly Video[];
  columns: readonly GridColumn[];
  outcomes: ReadonlyMap<string, ItemOutcome>;
}) {
  const { navStore, editStore, validator } = useGridContext();
  const subscribe = useCallback(
    (listener: () => void) => {
      const offNav = navStore.subscribe(listener);
      const offEdits = editStore.subscribe(listener);
      return () => {
        offNav();
        offEdits();
      };
    },
    [navStore, editStore],
  );
  const issueSnapshot = () => {
    const { focus } = navStore.getState();
    const column = columns[focus.col];
    const video = rows[focus.row];
    if (!column?.field || !video) return null;
    const issue = validator.issuesFor(editStore.getState(), video.id)?.get(column.field);
    return issue ? gridMessages.focusedCellIssue(column.label, issueMessage(issue)) : null;
  };
  const message = useSyncExternalStore(subscribe, issueSnapshot, () => null);
  const videoId = useSyncExternalStore(
    navStore.subscribe,
    () => rows[navStore.getState().focus.row]?.id ?? null,
    () => null,
  );
  const outcome = videoId === null ? undefined : outcomes.get(videoId);
  const failure =
    message === null && outcome && 'code' in outcome
      ? { outcome, explained: explainOutcome(outcome.kind, outcome.code) }
      : null;
  return (
    <section
      className="vg-cell-status"
      aria-label={gridMessages.cellStatusLabel}
      aria-hidden={message === null && failure === null}
    >
      {message ? (
        <>
          <span aria-hidden="true">⚠ </span>
          {message}
        </>
      ) : failure ? (
        <ErrorDetails
          sentence={gridMessages.outcomes.rowFailed(gridMessages.outcomes[failure.outcome.kind])}
          nextStep={`${failure.explained.sentence} ${failure.explained.nextStep}`}
          code={failure.outcome.code}
          requestId={failure.outcome.requestId}
          technical={failure.outcome.message}
        />
      ) : null}
    </section>
  );
}
