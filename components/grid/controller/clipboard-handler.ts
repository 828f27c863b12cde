import type { ClipboardEvent } from 'react';
import { gridMessages } from '@/lib/messages/grid';
import { cellText } from '../ops/cell-values';
import { copyBlock, planPaste } from '../ops/operations';
import { rangeCellCount } from '../ops/range';
import { parseTsv, serializeTsv } from '../ops/tsv';
import { currentValue } from '../state/edit-store';
import { selectedRange } from '../state/nav-store';
import { type ControllerCore, isInEditor } from './core';

/** Copy and paste of cell ranges as tab-separated text, the way spreadsheets exchange them. */
export function createClipboardHandler(core: ControllerCore) {
  const { deps, shape, write } = core;
  const { editStore, navStore, getModel } = deps;

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
        ),
      );
      event.clipboardData.setData('text/plain', serializeTsv(block));
      event.preventDefault();
      deps.announce(gridMessages.announce.copied(rangeCellCount(range)));
    },
    onPaste(event: ClipboardEvent) {
      if (isInEditor(event)) return;
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
  };
}
