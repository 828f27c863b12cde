import { useCallback, useSyncExternalStore } from 'react';
import { gridMessages, issueMessage } from '@/lib/messages/grid';
import type { Video } from '@/lib/vod';
import type { GridColumn } from './columns';
import { useGridContext } from './state/grid-context';

/** Spells out the focused cell's problem under the grid, so it is visible without hovering the icon. */
export function FocusedCellStatus({
  rows,
  columns,
}: {
  rows: readonly Video[];
  columns: readonly GridColumn[];
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
  const snapshot = () => {
    const { focus } = navStore.getState();
    const column = columns[focus.col];
    const video = rows[focus.row];
    if (!column?.field || !video) return null;
    const issue = validator.issuesFor(editStore.getState(), video.id)?.get(column.field);
    return issue ? gridMessages.focusedCellIssue(column.label, issueMessage(issue)) : null;
  };
  const message = useSyncExternalStore(subscribe, snapshot, () => null);
  return (
    <p className="vg-cell-status" aria-hidden={message === null}>
      {message ? (
        <>
          <span aria-hidden="true">⚠ </span>
          {message}
        </>
      ) : null}
    </p>
  );
}
