import { type CellCoord, type CellRange, rangeBetween } from '../ops/range';

/**
 * Where the viewer is in the grid: the focused cell (the one tabbable cell), the anchor of the selected
 * range (the range spans anchor to focus), and the cell being edited. Rows subscribe with a selector over
 * their own index (rowNavKey), so moving re-renders the few rows, and within them the cells, that change.
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

// A row's navigation key packs three column positions (plus one, 0 = none) and the selected span into
// 7-bit fields, which holds up to 126 columns.
const FIELD_BITS = 7;
const FIELD_MASK = (1 << FIELD_BITS) - 1;
const packCol = (col: number, field: number) => (col + 1) << (field * FIELD_BITS);
const unpackCol = (key: number, field: number) => ((key >> (field * FIELD_BITS)) & FIELD_MASK) - 1;

/**
 * What one row shows of the navigation state (its focused, edited and selected columns) as one number, so
 * a row's subscription compares cheaply and a move re-renders only the rows whose key changes.
 */
export function rowNavKey(state: NavState, row: number): number {
  let key = 0;
  if (state.focus.row === row) key |= packCol(state.focus.col, 0);
  if (state.editing?.row === row) key |= packCol(state.editing.col, 1);
  const range = selectedRange(state);
  if (row >= range.top && row <= range.bottom) key |= packCol(range.left, 2) | packCol(range.right, 3);
  return key;
}

/** The focused column in a row's navigation key, or -1. */
export function focusedColumn(key: number): number {
  return unpackCol(key, 0);
}

/** The edited column in a row's navigation key, or -1. */
export function editedColumn(key: number): number {
  return unpackCol(key, 1);
}

/** A cell's flags from its row's navigation key. */
export function cellFlags(key: number, col: number): number {
  let flags = 0;
  if (focusedColumn(key) === col) flags |= CELL_FOCUSED;
  if (col >= unpackCol(key, 2) && col <= unpackCol(key, 3) && unpackCol(key, 2) >= 0) flags |= CELL_SELECTED;
  if (editedColumn(key) === col) flags |= CELL_EDITING;
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
