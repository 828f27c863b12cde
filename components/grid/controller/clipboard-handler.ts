import type { ClipboardEvent } from 'react';
import { cellText } from '../ops/cell-values';
import { copyBlock, planPaste } from '../ops/operations';
import { type CellRange, rangeCellCount } from '../ops/range';
import { parseTsv, serializeTsv } from '../ops/tsv';
import { currentValue } from '../state/edit-store';
import { selectedRange } from '../state/nav-store';
import { type ControllerCore, isInEditor } from './core';

/** Copy and paste of cell ranges as tab-separated text, the way spreadsheets exchange them. */
export function createClipboardHandler(core: ControllerCore) {
  const { deps, shape, write } = core;
  const { editStore, navStore, getModel } = deps;

  /** Pastes and says what was left out; rows below the last loaded one can be pasted once loaded. */
  const pasteBlock = (block: string[][], range: CellRange) => {
    const { writes, leftOut } = planPaste(block, range, shape(), getModel().categories);
    write('paste', writes, null);
    const { t } = getModel();
    const reasons: string[] = [];
    if (leftOut.rowsBelow > 0) reasons.push(t('grid.notices.rowsBelow', { rows: leftOut.rowsBelow }));
    if (leftOut.columnsPast > 0)
      reasons.push(t('grid.notices.columnsPast', { columns: leftOut.columnsPast }));
    if (leftOut.readOnly > 0) reasons.push(t('grid.notices.readOnlySkipped', { cells: leftOut.readOnly }));
    if (leftOut.unreadable > 0)
      reasons.push(t('grid.notices.unreadableSkipped', { cells: leftOut.unreadable }));
    if (reasons.length === 0) {
      deps.announce(
        writes.length > 0
          ? t('grid.notices.pasted', { cells: writes.length })
          : t('grid.announce.nothingChanged'),
      );
      return;
    }
    const fitted = block.length - leftOut.rowsBelow;
    const action =
      leftOut.rowsBelow > 0 && deps.hasMoreRows()
        ? {
            label: t('grid.notices.loadAndPaste', { rows: leftOut.rowsBelow }),
            run: () =>
              void deps.loadMoreRows().then(() =>
                pasteBlock(block.slice(fitted), {
                  top: range.top + fitted,
                  bottom: range.top + fitted,
                  left: range.left,
                  right: range.left,
                }),
              ),
          }
        : null;
    deps.notify([t('grid.notices.pasted', { cells: writes.length }), ...reasons].join(' '), action);
  };

  return {
    onCopy(event: ClipboardEvent) {
      if (isInEditor(event)) return;
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
          model,
        ),
      );
      event.clipboardData.setData('text/plain', serializeTsv(block));
      event.preventDefault();
      deps.announce(model.t('grid.announce.copied', { cells: rangeCellCount(range) }));
    },
    onPaste(event: ClipboardEvent) {
      if (isInEditor(event)) return;
      if (!getModel().canEdit) return;
      event.preventDefault();
      const block = parseTsv(event.clipboardData.getData('text/plain'));
      if (block.length > 0) pasteBlock(block, selectedRange(navStore.getState()));
    },
  };
}
