'use client';

import { useCallback, useSyncExternalStore } from 'react';
import type { EditableField, EditableValues } from '@/lib/edits/fields';
import type { FieldIssue } from '@/lib/edits/validate';
import { type CellValue, currentValue, type EditState, isChanged } from './edit-store';
import { useGridContext } from './grid-context';
import { cellFlags } from './nav-store';
import { isRowSelected } from './row-selection';

/**
 * Narrow subscriptions for cells: each returns a primitive or a stable reference, so a cell re-renders
 * only when its own slice changes.
 */

export function useCellValue(videoId: string, field: EditableField, loaded: EditableValues): CellValue {
  const { editStore } = useGridContext();
  const subscribe = useCallback(
    (listener: () => void) => editStore.subscribeVideo(videoId, listener),
    [editStore, videoId],
  );
  const snapshot = () => currentValue(editStore.getState(), videoId, field) ?? loaded[field];
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

export function useCellChanged(videoId: string, field: EditableField): boolean {
  const { editStore } = useGridContext();
  const subscribe = useCallback(
    (listener: () => void) => editStore.subscribeVideo(videoId, listener),
    [editStore, videoId],
  );
  const snapshot = () => isChanged(editStore.getState(), videoId, field);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

export function useCellIssue(videoId: string, field: EditableField): FieldIssue | null {
  const { editStore, validator } = useGridContext();
  // A Reference ID turns duplicate when another video changes, so those cells listen to every change.
  const subscribe = useCallback(
    (listener: () => void) =>
      field === 'referenceId' ? editStore.subscribe(listener) : editStore.subscribeVideo(videoId, listener),
    [editStore, videoId, field],
  );
  const snapshot = () => validator.issuesFor(editStore.getState(), videoId)?.get(field) ?? null;
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

export function useRowHasChanges(videoId: string): boolean {
  const { editStore } = useGridContext();
  const subscribe = useCallback(
    (listener: () => void) => editStore.subscribeVideo(videoId, listener),
    [editStore, videoId],
  );
  const snapshot = () => editStore.getState().edits.has(videoId);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

export function useCellFlags(row: number, col: number): number {
  const { navStore } = useGridContext();
  const snapshot = () => cellFlags(navStore.getState(), row, col);
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
