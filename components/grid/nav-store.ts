import { type CellCoord, type CellRange, isInRange, rangeBetween } from './range';

/**
 * Where the viewer is in the grid: the focused cell (the one tabbable cell), the anchor of the selected
 * range (the range spans anchor to focus), and the cell being edited. Cells subscribe with a selector
 * over their own coordinates, so moving re-renders the few cells whose flags change.
 */

export interface EditingCell extends CellCoord {
  /** The character that started editing by typing; it replaces the cell's content. */
  seed: string | null;
}

export interface NavState {
  focus: CellCoord;
  anchor: CellCoord;
  editing: EditingCell | null;
}

export const CELL_FOCUSED = 1;
export const CELL_SELECTED = 2;
export const CELL_EDITING = 4;

export function selectedRange(state: NavState): CellRange {
  return rangeBetween(state.anchor, state.focus);
}

/** A cell's flags as one number, cheap to compare in a subscription. */
export function cellFlags(state: NavState, row: number, col: number): number {
  let flags = 0;
  if (state.focus.row === row && state.focus.col === col) flags |= CELL_FOCUSED;
  if (isInRange(selectedRange(state), row, col)) flags |= CELL_SELECTED;
  if (state.editing?.row === row && state.editing.col === col) flags |= CELL_EDITING;
  return flags;
}

export interface NavStore {
  getState(): NavState;
  /** Moves focus; with `extend` the anchor stays, growing the range, otherwise it collapses onto focus. */
  focus(coord: CellCoord, extend?: boolean): void;
  setRange(anchor: CellCoord, focus: CellCoord): void;
  startEditing(seed: string | null): void;
  stopEditing(): void;
  subscribe(listener: () => void): () => void;
}

export function createNavStore(): NavStore {
  let state: NavState = { focus: { row: 0, col: 0 }, anchor: { row: 0, col: 0 }, editing: null };
  const listeners = new Set<() => void>();
  const set = (next: NavState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const same = (a: CellCoord, b: CellCoord) => a.row === b.row && a.col === b.col;
  return {
    getState: () => state,
    focus(coord, extend = false) {
      const anchor = extend ? state.anchor : coord;
      if (same(coord, state.focus) && same(anchor, state.anchor) && state.editing === null) return;
      set({ focus: coord, anchor, editing: null });
    },
    setRange(anchor, focus) {
      if (same(anchor, state.anchor) && same(focus, state.focus)) return;
      set({ focus, anchor, editing: null });
    },
    startEditing(seed) {
      set({ ...state, anchor: state.focus, editing: { ...state.focus, seed } });
    },
    stopEditing() {
      if (state.editing !== null) set({ ...state, editing: null });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
