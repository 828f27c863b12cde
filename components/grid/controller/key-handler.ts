import type { KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { EditableField } from '@/lib/edits/fields';
import { issueText } from '@/lib/i18n/issue-text';
import { commandForKey, type GridCommand } from '../ops/keyboard';
import { planClear, planFillDown } from '../ops/operations';
import { currentValue } from '../state/edit-store';
import { selectedRange } from '../state/nav-store';
import type { ControllerActions } from './actions';
import { type ControllerCore, isInEditor } from './core';

// The fields VOD will not empty, where its rule explains a refused Delete better than the validation message.
const CANNOT_CLEAR = new Set(['title', 'cateId', 'coverUrl', 'referenceId'] as const);
type CannotClearField = typeof CANNOT_CLEAR extends Set<infer F> ? F : never;
const cannotClear = (field: EditableField): field is CannotClearField =>
  (CANNOT_CLEAR as ReadonlySet<EditableField>).has(field);

/** Keys on the grid: navigation, editing, fill, clear, undo and selection, as the key map names them. */
export function createKeyHandler(core: ControllerCore, actions: ControllerActions) {
  const { deps, shape, bounds, focusCell, tabFocus, write, focusedColumn, focusedVideo, startEditing } = core;
  const { editStore, navStore, getModel } = deps;

  const pageRows = () => {
    const element = deps.getScrollElement();
    const height = element ? element.clientHeight - deps.headerHeight : deps.rowHeight * 10;
    return Math.max(1, Math.floor(height / deps.rowHeight) - 1);
  };

  // Enter or Space on a cell that is not edited: its column decides what that means.
  const activate = () => {
    const column = focusedColumn();
    const video = focusedVideo();
    const { focus } = navStore.getState();
    if (!column || !video) return;
    if (column.variant === 'select') actions.toggleRow(video.id, focus.row, false);
    else if (column.variant === 'outcome') {
      if (getModel().outcomes.get(video.id)?.kind === 'conflict') deps.openConflict(video.id);
    } else if (column.variant === 'videoId') {
      void navigator.clipboard?.writeText(video.id).then(() => deps.announce(getModel().t('grid.copied')));
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
      case 'tab':
        return tabFocus(command.direction);
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
        write('fill', writes, model.t('grid.announce.filled', { cells: writes.length }));
        return true;
      }
      case 'clear': {
        if (!model.canEdit) return false;
        const { writes, refused, readOnly } = planClear(
          selectedRange(navStore.getState()),
          shape(),
          (videoId) => editStore.getState().base.get(videoId),
        );
        write('clear', writes, null);
        const { t } = model;
        const reasons = refused.map((r) =>
          t('grid.notices.notCleared', {
            label: t(`fields.labels.${r.field}`),
            cells: r.cells,
            reason: cannotClear(r.field)
              ? t(`grid.notices.cannotClear.${r.field}`)
              : issueText(t, r.field, r.issue),
          }),
        );
        if (readOnly > 0) reasons.push(t('grid.notices.readOnlyLeft', { cells: readOnly }));
        const cleared = writes.length > 0 ? [t('grid.notices.cleared', { cells: writes.length })] : [];
        if (reasons.length > 0) deps.notify([...cleared, ...reasons].join(' '));
        else deps.announce(t('grid.announce.cleared', { cells: writes.length }));
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

  return {
    onKeyDown(event: KeyboardEvent) {
      if (isInEditor(event)) return;
      const command = commandForKey(event.nativeEvent);
      if (command?.type === 'compose') {
        // The input method composes into whatever has focus once this keydown is over, so the editor must
        // exist and hold focus before the handler returns, and the key must not be cancelled.
        flushSync(() => runCommand(command));
        return;
      }
      if (command && runCommand(command)) event.preventDefault();
    },
  };
}
