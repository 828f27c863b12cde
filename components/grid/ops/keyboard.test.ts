import { describe, expect, it } from 'vitest';
import {
  CELL_EDITING,
  CELL_FOCUSED,
  CELL_SELECTED,
  cellFlags,
  createNavStore,
  rowNavKey,
} from '../state/nav-store';
import { createRowSelectionStore, isRowSelected, selectedRowCount } from '../state/row-selection';
import { commandForKey, type KeyLike } from './keyboard';
import { clampCoord, rangeBetween, rangeCellCount, tabTarget } from './range';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('commandForKey', () => {
  it('moves with arrows and extends with Shift', () => {
    expect(commandForKey(key('ArrowDown'))).toEqual({ type: 'move', rows: 1, cols: 0, extend: false });
    expect(commandForKey(key('ArrowLeft', { shiftKey: true }))).toEqual({
      type: 'move',
      rows: 0,
      cols: -1,
      extend: true,
    });
  });

  it('jumps to edges with Home/End and Ctrl', () => {
    expect(commandForKey(key('Home'))).toEqual({ type: 'edge', col: 'first', extend: false });
    expect(commandForKey(key('End', { ctrlKey: true }))).toEqual({
      type: 'edge',
      row: 'last',
      col: 'last',
      extend: false,
    });
    expect(commandForKey(key('ArrowUp', { metaKey: true }))).toEqual({
      type: 'edge',
      row: 'first',
      extend: false,
    });
  });

  it('moves sideways with Tab and Shift+Tab, and up with Shift+Enter, as spreadsheets do', () => {
    expect(commandForKey(key('Tab'))).toEqual({ type: 'tab', direction: 1 });
    expect(commandForKey(key('Tab', { shiftKey: true }))).toEqual({ type: 'tab', direction: -1 });
    expect(commandForKey(key('Tab', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('Enter', { shiftKey: true }))).toEqual({
      type: 'move',
      rows: -1,
      cols: 0,
      extend: false,
    });
  });

  it('pages', () => {
    expect(commandForKey(key('PageDown'))).toEqual({ type: 'page', direction: 1, extend: false });
  });

  it('starts editing with F2 or by typing, and activates with Enter or Space', () => {
    expect(commandForKey(key('F2'))).toEqual({ type: 'edit', seed: null });
    expect(commandForKey(key('q'))).toEqual({ type: 'edit', seed: 'q' });
    expect(commandForKey(key('Enter'))).toEqual({ type: 'activate' });
    expect(commandForKey(key(' '))).toEqual({ type: 'activate' });
  });

  it('maps spreadsheet shortcuts with Ctrl or Cmd', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(commandForKey(key('Z', { metaKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(commandForKey(key('y', { ctrlKey: true }))).toEqual({ type: 'redo' });
    expect(commandForKey(key('d', { ctrlKey: true }))).toEqual({ type: 'fillDown' });
    expect(commandForKey(key('Delete'))).toEqual({ type: 'clear' });
  });

  it('leaves copy/paste shortcuts and IME composition to the browser', () => {
    expect(commandForKey(key('c', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('v', { metaKey: true }))).toBeNull();
    expect(commandForKey({ ...key('a'), isComposing: true })).toBeNull();
  });

  it('opens the editor for the first key an input method takes, however the browser spells it', () => {
    expect(commandForKey(key('Process'))).toEqual({ type: 'compose' });
    expect(commandForKey({ ...key('n'), keyCode: 229 })).toEqual({ type: 'compose' });
    expect(commandForKey({ ...key('Process'), isComposing: true })).toBeNull();
  });
});

describe('range math and navigation', () => {
  it('spans a rectangle from corners in any order', () => {
    const range = rangeBetween({ row: 5, col: 1 }, { row: 2, col: 3 });
    expect(range).toEqual({ top: 2, bottom: 5, left: 1, right: 3 });
    expect(rangeCellCount(range)).toBe(12);
  });

  it('clamps coordinates into the grid', () => {
    expect(clampCoord({ row: -3, col: 99 }, 10, 4)).toEqual({ row: 0, col: 3 });
  });

  it('flags cells focused, selected and editing', () => {
    const nav = createNavStore();
    nav.focus({ row: 1, col: 1 });
    nav.focus({ row: 3, col: 2 }, true);
    const state = nav.getState();
    expect(cellFlags(rowNavKey(state, 1), 1)).toBe(CELL_SELECTED);
    expect(cellFlags(rowNavKey(state, 3), 2)).toBe(CELL_FOCUSED | CELL_SELECTED);
    expect(cellFlags(rowNavKey(state, 4), 2)).toBe(0);
    expect(cellFlags(rowNavKey(state, 2), 2)).toBe(CELL_SELECTED);
    expect(cellFlags(rowNavKey(state, 2), 0)).toBe(0);
    expect(cellFlags(rowNavKey(state, 2), 3)).toBe(0);
    nav.startEditing('x');
    expect(cellFlags(rowNavKey(nav.getState(), 3), 2)).toBe(CELL_FOCUSED | CELL_SELECTED | CELL_EDITING);
    expect(cellFlags(rowNavKey(nav.getState(), 1), 1)).toBe(0);
  });
});

describe('row selection', () => {
  it('selects "all matching" with exclusions', () => {
    const store = createRowSelectionStore();
    store.setSelected(['a', 'b'], true);
    expect(selectedRowCount(store.getState(), 100)).toBe(2);
    store.selectAllMatching();
    store.setSelected(['c'], false);
    expect(isRowSelected(store.getState(), 'zzz')).toBe(true);
    expect(isRowSelected(store.getState(), 'c')).toBe(false);
    expect(selectedRowCount(store.getState(), 100)).toBe(99);
  });
});

describe('tabTarget', () => {
  const grid = { rows: 3, cols: 6, firstCol: 2 };

  it('moves within the row', () => {
    expect(tabTarget({ row: 1, col: 3 }, grid, 1)).toEqual({ row: 1, col: 4 });
    expect(tabTarget({ row: 1, col: 3 }, grid, -1)).toEqual({ row: 1, col: 2 });
  });

  it('wraps to the next row’s first data cell and back to the previous row’s last cell', () => {
    expect(tabTarget({ row: 1, col: 5 }, grid, 1)).toEqual({ row: 2, col: 2 });
    expect(tabTarget({ row: 1, col: 2 }, grid, -1)).toEqual({ row: 0, col: 5 });
  });

  it('goes from a row-header cell to the row’s first data cell', () => {
    expect(tabTarget({ row: 1, col: 0 }, grid, 1)).toEqual({ row: 1, col: 2 });
  });

  it('lets focus leave past the first and the last cell', () => {
    expect(tabTarget({ row: 2, col: 5 }, grid, 1)).toBeNull();
    expect(tabTarget({ row: 0, col: 2 }, grid, -1)).toBeNull();
  });
});
