import type { ClipboardEvent, FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import type { ItemOutcome } from '@/lib/batches/types';
import type { EditableField } from '@/lib/edits/fields';
import { gridMessages } from '@/lib/messages/grid';
import type { Video } from '@/lib/vod/types';
import type { CategoryIndex } from './categories';
import { cellText } from './cell-values';
import type { GridColumn } from './columns';
import { createDragScroll } from './drag-scroll';
import { type CellWrite, currentValue, type EditStore, type StepKind } from './edit-store';
import type { GridActions, MoveAfterCommit } from './grid-context';
import { commandForKey, type GridCommand } from './keyboard';
import { type NavStore, selectedRange } from './nav-store';
import { copyBlock, type GridShape, planClear, planFillDown, planPaste } from './operations';
import { type CellCoord, clampCoord, rangeCellCount } from './range';
import { isRowSelected, type RowSelectionStore } from './row-selection';
import { parseTsv, serializeTsv } from './tsv';

/** What the controller reads of the grid at the moment an event happens. */
export interface GridModel {
  rows: readonly Video[];
  columns: readonly GridColumn[];
  outcomes: ReadonlyMap<string, ItemOutcome>;
  categories: CategoryIndex;
  canEdit: boolean;
}

export interface GridControllerDeps {
  editStore: EditStore;
  navStore: NavStore;
  selection: RowSelectionStore;
  getModel: () => GridModel;
  getScrollElement: () => HTMLElement | null;
  hasDomFocus: { current: boolean };
  announce: (message: string) => void;
  openConflict: (videoId: string) => void;
  rowHeight: number;
  headerHeight: number;
}

const INTERACTIVE = 'input, textarea, button, select, a, [role="treeitem"], [role="combobox"]';

/**
 * Turns keyboard, mouse and clipboard events on the grid into navigation, selection and edits. A plain
 * object with stable methods: the grid's event handlers and the cells' actions never change identity.
 */
export function createGridController(deps: GridControllerDeps) {
  const { editStore, navStore, selection, getModel } = deps;
  let isDragging = false;
  let lastToggledRow: number | null = null;

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
      if (message) deps.announce(gridMessages.announce.nothingChanged);
      return;
    }
    editStore.dispatch({ type: 'write', kind, writes });
    if (message) deps.announce(message);
  };

  const pageRows = () => {
    const element = deps.getScrollElement();
    const height = element ? element.clientHeight - deps.headerHeight : deps.rowHeight * 10;
    return Math.max(1, Math.floor(height / deps.rowHeight) - 1);
  };

  const focusedColumn = () => getModel().columns[navStore.getState().focus.col];
  const focusedVideo = () => getModel().rows[navStore.getState().focus.row];

  const startEditing = (seed: string | null): boolean => {
    const { canEdit } = getModel();
    if (!canEdit || !focusedColumn()?.field || !focusedVideo()) return false;
    navStore.startEditing(seed);
    return true;
  };

  const activate = () => {
    const column = focusedColumn();
    const video = focusedVideo();
    const { focus } = navStore.getState();
    if (!column || !video) return;
    if (column.variant === 'select') actions.toggleRow(video.id, focus.row, false);
    else if (column.variant === 'outcome') {
      if (getModel().outcomes.get(video.id)?.kind === 'conflict') deps.openConflict(video.id);
    } else if (column.variant === 'videoId') {
      void navigator.clipboard?.writeText(video.id).then(() => deps.announce(gridMessages.copied));
    } else startEditing(null);
  };

  const runCommand = (command: GridCommand): boolean => {
    const { focus } = navStore.getState();
    const { rows, cols } = bounds();
    const model = getModel();
    switch (command.type) {
      case 'move':
        focusCell({ row: focus.row + command.rows, col: focus.col + command.cols }, command.extend);
        return true;
      case 'edge':
        focusCell(
          {
            row: command.row === 'first' ? 0 : command.row === 'last' ? rows - 1 : focus.row,
            col: command.col === 'first' ? 0 : command.col === 'last' ? cols - 1 : focus.col,
          },
          command.extend,
        );
        return true;
      case 'page':
        focusCell({ row: focus.row + command.direction * pageRows(), col: focus.col }, command.extend);
        return true;
      case 'edit':
        return startEditing(command.seed);
      case 'compose':
        return startEditing('');
      case 'activate':
        activate();
        return true;
      case 'fillDown': {
        if (!model.canEdit) return false;
        const writes = planFillDown(selectedRange(navStore.getState()), shape(), (videoId, field) =>
          currentValue(editStore.getState(), videoId, field),
        );
        write('fill', writes, gridMessages.announce.filled(writes.length));
        return true;
      }
      case 'clear': {
        if (!model.canEdit) return false;
        const writes = planClear(selectedRange(navStore.getState()), shape(), (videoId) =>
          editStore.getState().base.get(videoId),
        );
        write('clear', writes, gridMessages.announce.cleared(writes.length));
        return true;
      }
      case 'undo':
      case 'redo':
        if (!model.canEdit) return false;
        actions.history(command.type);
        return true;
      case 'selectAll':
        if (rows === 0 || cols === 0) return false;
        navStore.setRange({ row: 0, col: 0 }, { row: rows - 1, col: cols - 1 });
        return true;
      case 'collapse':
        navStore.focus(focus);
        return true;
    }
  };

  const cellFromEvent = (event: {
    target: EventTarget | null;
  }): { coord: CellCoord; element: Element } | null => {
    const element = (event.target as Element | null)?.closest?.('[role="gridcell"]');
    const rowIndex = Number(element?.parentElement?.getAttribute('aria-rowindex'));
    const colIndex = Number(element?.getAttribute('aria-colindex'));
    // ARIA indexes count from 1, and the header is row 1.
    if (!element || !Number.isInteger(rowIndex) || !Number.isInteger(colIndex) || rowIndex < 2) return null;
    return { coord: { row: rowIndex - 2, col: colIndex - 1 }, element };
  };

  const dragScroll = createDragScroll({
    getScrollElement: deps.getScrollElement,
    headerHeight: deps.headerHeight,
    extendTo: (element) => {
      const hit = cellFromEvent({ target: element });
      if (hit) focusCell(hit.coord, true);
    },
  });
  const onDragMove = (event: globalThis.MouseEvent) => dragScroll.move(event.clientX, event.clientY);

  const endDrag = () => {
    isDragging = false;
    dragScroll.stop();
    document.removeEventListener('mouseup', endDrag);
    document.removeEventListener('mousemove', onDragMove);
  };

  const actions: GridActions & { history(direction: 'undo' | 'redo'): void } = {
    commitEdit(videoId: string, field: EditableField, value, move: MoveAfterCommit) {
      write('edit', [{ videoId, field, value }], null);
      navStore.stopEditing();
      const { focus } = navStore.getState();
      if (move === 'down') focusCell({ row: focus.row + 1, col: focus.col });
      else if (move === 'right') focusCell({ row: focus.row, col: focus.col + 1 });
      else if (move === 'left') focusCell({ row: focus.row, col: focus.col - 1 });
    },
    cancelEdit() {
      navStore.stopEditing();
    },
    toggleRow(videoId, rowIndex, isRange) {
      const next = !isRowSelected(selection.getState(), videoId);
      if (isRange && lastToggledRow !== null) {
        const { rows } = getModel();
        const from = Math.min(lastToggledRow, rowIndex);
        const to = Math.max(lastToggledRow, rowIndex);
        selection.setSelected(
          rows.slice(from, to + 1).map((video) => video.id),
          next,
        );
      } else selection.setSelected([videoId], next);
      lastToggledRow = rowIndex;
    },
    revertRow(videoId) {
      editStore.dispatch({ type: 'revertRows', videoIds: [videoId] });
      deps.announce(gridMessages.announce.rowReverted);
    },
    openConflict(videoId) {
      deps.openConflict(videoId);
    },
    announce(message) {
      deps.announce(message);
    },
    revealCell(rowIndex, cell) {
      const scroller = deps.getScrollElement();
      if (!scroller) return;
      const top = deps.headerHeight + rowIndex * deps.rowHeight;
      if (top < scroller.scrollTop + deps.headerHeight) scroller.scrollTop = top - deps.headerHeight;
      else if (top + deps.rowHeight > scroller.scrollTop + scroller.clientHeight) {
        scroller.scrollTop = top + deps.rowHeight - scroller.clientHeight;
      }
      // The pinned row-header columns cover the left of the view; the first column that scrolls starts
      // where they end. Pinned cells themselves are always in view sideways.
      const pinnedCount = getModel().columns.findIndex((column) => column.isConfigurable);
      if (Number(cell.getAttribute('aria-colindex')) - 1 < pinnedCount) return;
      const firstScrolling = cell.parentElement?.children[pinnedCount];
      const pinnedWidth = firstScrolling instanceof HTMLElement ? firstScrolling.offsetLeft : 0;
      const left = cell.offsetLeft;
      const right = left + cell.offsetWidth;
      if (left < scroller.scrollLeft + pinnedWidth) scroller.scrollLeft = left - pinnedWidth;
      else if (right > scroller.scrollLeft + scroller.clientWidth) {
        scroller.scrollLeft = Math.min(left - pinnedWidth, right - scroller.clientWidth);
      }
    },
    history(direction) {
      const before = editStore.getState();
      editStore.dispatch({ type: direction });
      if (editStore.getState() !== before) {
        deps.announce(direction === 'undo' ? gridMessages.announce.undone : gridMessages.announce.redone);
      }
    },
  };

  return {
    actions,
    onKeyDown(event: KeyboardEvent) {
      if ((event.target as Element).closest('.vg-editor')) return;
      const command = commandForKey(event.nativeEvent);
      if (command?.type === 'compose') {
        // The input method composes into whatever has focus once this keydown is over, so the editor must
        // exist and hold focus before the handler returns, and the key must not be cancelled.
        flushSync(() => runCommand(command));
        return;
      }
      if (command && runCommand(command)) event.preventDefault();
    },
    onMouseDown(event: MouseEvent) {
      if (event.button !== 0) return;
      const hit = cellFromEvent(event);
      if (!hit || (event.target as Element).closest('.vg-editor')) return;
      deps.hasDomFocus.current = true;
      // An open editor commits on blur; moving focus programmatically would unmount it first.
      if (navStore.getState().editing) (document.activeElement as HTMLElement | null)?.blur();
      const isInteractive = (event.target as Element).closest(INTERACTIVE) !== null;
      if (!isInteractive) event.preventDefault();
      focusCell(hit.coord, event.shiftKey);
      isDragging = true;
      document.addEventListener('mouseup', endDrag);
      document.addEventListener('mousemove', onDragMove);
    },
    onMouseOver(event: MouseEvent) {
      if (!isDragging) return;
      const hit = cellFromEvent(event);
      if (hit) focusCell(hit.coord, true);
    },
    onDoubleClick(event: MouseEvent) {
      const hit = cellFromEvent(event);
      if (!hit || (event.target as Element).closest(INTERACTIVE)) return;
      focusCell(hit.coord);
      startEditing(null);
    },
    onCopy(event: ClipboardEvent) {
      if ((event.target as Element).closest('.vg-editor')) return;
      const model = getModel();
      const state = editStore.getState();
      const range = selectedRange(navStore.getState());
      const videos = new Map(model.rows.slice(range.top, range.bottom + 1).map((video) => [video.id, video]));
      const block = copyBlock(range, shape(), (videoId, column) =>
        cellText(
          column,
          videos.get(videoId)!,
          (field) => currentValue(state, videoId, field),
          model.categories,
        ),
      );
      event.clipboardData.setData('text/plain', serializeTsv(block));
      event.preventDefault();
      deps.announce(gridMessages.announce.copied(rangeCellCount(range)));
    },
    onPaste(event: ClipboardEvent) {
      if ((event.target as Element).closest('.vg-editor')) return;
      const model = getModel();
      if (!model.canEdit) return;
      event.preventDefault();
      const block = parseTsv(event.clipboardData.getData('text/plain'));
      if (block.length === 0) return;
      const { writes, skipped } = planPaste(
        block,
        selectedRange(navStore.getState()),
        shape(),
        model.categories,
      );
      write('paste', writes, gridMessages.announce.pasted(writes.length, skipped));
    },
    onFocus() {
      deps.hasDomFocus.current = true;
    },
    onBlur(event: FocusEvent) {
      const next = event.relatedTarget as Node | null;
      if (next && !event.currentTarget.contains(next)) deps.hasDomFocus.current = false;
    },
  };
}
