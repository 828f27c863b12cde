import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { EditableValues, FieldChanges } from '@/lib/edits/fields';
import type { EditState } from './edit-store';
import { useGridContext } from './grid-context';
import { rowNavKey } from './nav-store';
import { isRowSelected } from './row-selection';
import type { RowIssues } from './validation';

/**
 * Row-level subscriptions: a mounted row listens to each store once and hands its cells plain props, so
 * rows mount cheaply while scrolling and a change re-renders only the rows (and cells) it concerns.
 */

export interface RowEdits {
  /** The row's base values in the store (as loaded or last saved); undefined until the store has it. */
  base: EditableValues | undefined;
  /** Only the fields that differ from the base; undefined when nothing does. */
  changes: FieldChanges | undefined;
  issues: RowIssues | null;
}

/** The row's slice of the edit store, as one stable object that changes only when the slice does. */
export function useRowEdits(videoId: string): RowEdits {
  const { editStore, validator } = useGridContext();
  const last = useRef<RowEdits | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => {
      const offVideo = editStore.subscribeVideo(videoId, listener);
      // A changed Reference ID turns duplicate (or unique again) when another video changes.
      const offAll = editStore.subscribe(() => {
        if (Object.hasOwn(editStore.getState().edits.get(videoId) ?? {}, 'referenceId')) listener();
      });
      return () => {
        offVideo();
        offAll();
      };
    },
    [editStore, videoId],
  );
  const snapshot = () => {
    const state = editStore.getState();
    const base = state.base.get(videoId);
    const changes = state.edits.get(videoId);
    const issues = validator.issuesFor(state, videoId);
    const previous = last.current;
    if (previous && previous.base === base && previous.changes === changes && previous.issues === issues)
      return previous;
    const next = { base, changes, issues };
    last.current = next;
    return next;
  };
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** The row's navigation key (see rowNavKey): which of its cells are focused, selected or edited. */
export function useRowNav(row: number): number {
  const { navStore } = useGridContext();
  const snapshot = () => rowNavKey(navStore.getState(), row);
  return useSyncExternalStore(navStore.subscribe, snapshot, snapshot);
}

export function useRowSelected(videoId: string): boolean {
  const { selection } = useGridContext();
  const snapshot = () => isRowSelected(selection.getState(), videoId);
  return useSyncExternalStore(selection.subscribe, snapshot, snapshot);
}

/** Any value derived from the edit store, recomputed on change; the selector must return a primitive or a cached value. */
export function useEditStoreSelector<T>(selector: (state: EditState) => T): T {
  const { editStore } = useGridContext();
  const snapshot = () => selector(editStore.getState());
  return useSyncExternalStore(editStore.subscribe, snapshot, snapshot);
}
