/**
 * Which rows the bulk actions apply to. Either a set of chosen videos, or "all matching the filter"
 * (including rows not loaded yet) minus the ones the viewer unticked.
 */
export interface RowSelectionState {
  isAllMatching: boolean;
  /** Selected ids, or with isAllMatching the excluded ids. */
  ids: ReadonlySet<string>;
}

export function isRowSelected(state: RowSelectionState, videoId: string): boolean {
  return state.isAllMatching ? !state.ids.has(videoId) : state.ids.has(videoId);
}

export function selectedRowCount(state: RowSelectionState, total: number): number {
  return state.isAllMatching ? Math.max(0, total - state.ids.size) : state.ids.size;
}

/** The selected videos among the given ones. */
export function selectedAmong(state: RowSelectionState, videoIds: Iterable<string>): string[] {
  const selected: string[] = [];
  for (const id of videoIds) if (isRowSelected(state, id)) selected.push(id);
  return selected;
}

export interface RowSelectionStore {
  getState(): RowSelectionState;
  setSelected(videoIds: readonly string[], selected: boolean): void;
  selectAllMatching(): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

export function createRowSelectionStore(): RowSelectionStore {
  let state: RowSelectionState = { isAllMatching: false, ids: new Set() };
  const listeners = new Set<() => void>();
  const set = (next: RowSelectionState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    getState: () => state,
    setSelected(videoIds, selected) {
      const ids = new Set(state.ids);
      // In "all matching" mode the set holds exclusions, so selecting removes from it.
      const add = state.isAllMatching ? !selected : selected;
      for (const id of videoIds) {
        if (add) ids.add(id);
        else ids.delete(id);
      }
      set({ isAllMatching: state.isAllMatching, ids });
    },
    selectAllMatching() {
      set({ isAllMatching: true, ids: new Set() });
    },
    clear() {
      set({ isAllMatching: false, ids: new Set() });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
