import type { ItemOutcome } from '@/lib/batches';
import type { Locale } from '@/lib/i18n/locales';
import type { Translator } from '@/lib/i18n/translator';
import type { Video } from '@/lib/vod';
import type { NoticeAction } from '../announcer';
import type { GridColumn } from '../columns';
import type { CategoryIndex } from '../ops/categories';
import type { GridShape } from '../ops/operations';
import { type CellCoord, clampCoord, tabTarget } from '../ops/range';
import type { CellWrite, EditStore, StepKind } from '../state/edit-store';
import type { NavStore } from '../state/nav-store';
import type { RowSelectionStore } from '../state/row-selection';

/** What the controller reads of the grid at the moment an event happens. */
export interface GridModel {
  rows: readonly Video[];
  columns: readonly GridColumn[];
  outcomes: ReadonlyMap<string, ItemOutcome>;
  categories: CategoryIndex;
  canEdit: boolean;
  /** The viewer's language now: announcements and copied text are worded when they happen. */
  t: Translator;
  locale: Locale;
}

export interface GridControllerDeps {
  editStore: EditStore;
  navStore: NavStore;
  selection: RowSelectionStore;
  getModel: () => GridModel;
  getScrollElement: () => HTMLElement | null;
  hasDomFocus: { current: boolean };
  announce: (message: string) => void;
  /** Shows and speaks why an action did not (fully) apply, with the step that would make it apply. */
  notify: (message: string, action?: NoticeAction | null) => void;
  /** Whether the filter matches videos that are not loaded yet. */
  hasMoreRows: () => boolean;
  /** Loads every matching video into the grid's rows. */
  loadMoreRows: () => Promise<void>;
  openConflict: (videoId: string) => void;
  rowHeight: number;
  headerHeight: number;
}

/** Elements inside a cell that keep their own mouse and keyboard behaviour. */
export const INTERACTIVE = 'input, textarea, button, select, a, [role="treeitem"], [role="combobox"]';

/** Whether an event comes from inside an open cell editor, which handles its own keys and clipboard. */
export const isInEditor = (event: { target: EventTarget | null }) =>
  (event.target as Element | null)?.closest?.('[data-cell-editor]') != null;

/** The helpers every part of the controller shares: the grid's shape, focus moves and writes. */
export function createControllerCore(deps: GridControllerDeps) {
  const { editStore, navStore, getModel } = deps;

  const shape = (): GridShape => {
    const model = getModel();
    return { rowIds: model.rows.map((video) => video.id), columns: model.columns };
  };

  const bounds = () => {
    const model = getModel();
    return { rows: model.rows.length, cols: model.columns.length };
  };

  const focusCell = (coord: CellCoord, extend = false) => {
    const { rows, cols } = bounds();
    if (rows === 0 || cols === 0) return;
    navStore.focus(clampCoord(coord, rows, cols), extend);
  };

  const write = (kind: StepKind, writes: readonly CellWrite[], message: string | null) => {
    if (writes.length === 0) {
      if (message) deps.announce(getModel().t('grid.announce.nothingChanged'));
      return;
    }
    editStore.dispatch({ type: 'write', kind, writes });
    if (message) deps.announce(message);
  };

  /** Moves focus as Tab or Shift+Tab does; false at the grid's edge, where focus may leave the grid. */
  const tabFocus = (direction: 1 | -1): boolean => {
    const { rows, cols } = bounds();
    const firstCol = Math.max(
      0,
      getModel().columns.findIndex((column) => column.isConfigurable),
    );
    const target = tabTarget(navStore.getState().focus, { rows, cols, firstCol }, direction);
    if (target === null) return false;
    navStore.focus(target);
    return true;
  };

  const focusedColumn = () => getModel().columns[navStore.getState().focus.col];
  const focusedVideo = () => getModel().rows[navStore.getState().focus.row];

  const startEditing = (seed: string | null): boolean => {
    const { canEdit } = getModel();
    if (!canEdit || !focusedColumn()?.field || !focusedVideo()) return false;
    navStore.startEditing(seed);
    return true;
  };

  /** The cell an event happened in, by its ARIA indexes (which count from 1, with the header as row 1). */
  const cellFromEvent = (event: {
    target: EventTarget | null;
  }): { coord: CellCoord; element: Element } | null => {
    const element = (event.target as Element | null)?.closest?.('[role="gridcell"]');
    const rowIndex = Number(element?.parentElement?.getAttribute('aria-rowindex'));
    const colIndex = Number(element?.getAttribute('aria-colindex'));
    if (!element || !Number.isInteger(rowIndex) || !Number.isInteger(colIndex) || rowIndex < 2) return null;
    return { coord: { row: rowIndex - 2, col: colIndex - 1 }, element };
  };

  return {
    deps,
    shape,
    bounds,
    focusCell,
    tabFocus,
    write,
    focusedColumn,
    focusedVideo,
    startEditing,
    cellFromEvent,
  };
}

export type ControllerCore = ReturnType<typeof createControllerCore>;
