import type { EditableField } from '@/lib/edits/fields';
import type { GridActions, MoveAfterCommit } from '../state/grid-context';
import { isRowSelected } from '../state/row-selection';
import type { ControllerCore } from './core';

export type ControllerActions = GridActions & { history(direction: 'undo' | 'redo'): void };

/** The stable callbacks cells, editors and the toolbar call: commit, cancel, select rows, reveal, undo. */
export function createActions(core: ControllerCore): ControllerActions {
  const { deps, write, focusCell, tabFocus } = core;
  const { editStore, navStore, selection, getModel } = deps;
  let lastToggledRow: number | null = null;

  return {
    commitEdit(videoId: string, field: EditableField, value, move: MoveAfterCommit) {
      write('edit', [{ videoId, field, value }], null);
      navStore.stopEditing();
      const { focus } = navStore.getState();
      if (move === 'down') focusCell({ row: focus.row + 1, col: focus.col });
      else if (move === 'up') focusCell({ row: focus.row - 1, col: focus.col });
      else if (move === 'right') tabFocus(1);
      else if (move === 'left') tabFocus(-1);
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
      deps.announce(getModel().t('grid.announce.rowReverted'));
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
      // The pinned columns before the cell (row headers and the editor's pins) cover the left of the view;
      // the cell must come out from under them. Pinned cells themselves are always in view sideways.
      const { columns } = getModel();
      const colIndex = Number(cell.getAttribute('aria-colindex')) - 1;
      if (columns[colIndex]?.isPinned) return;
      const siblings = cell.parentElement?.children;
      let pinnedWidth = 0;
      for (let i = 0; i < colIndex; i++) {
        const sibling = siblings?.[i];
        if (columns[i]?.isPinned && sibling instanceof HTMLElement) pinnedWidth += sibling.offsetWidth;
      }
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
        deps.announce(getModel().t(direction === 'undo' ? 'grid.announce.undone' : 'grid.announce.redone'));
      }
    },
  };
}
