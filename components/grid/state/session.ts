import { createAnnouncer } from '../announcer';
import { createEditStore } from './edit-store';
import { createNavStore } from './nav-store';
import { createOutcomeStore } from './outcome-store';
import { createRowSelectionStore } from './row-selection';
import { createTagOpLog } from './tag-op-log';

/**
 * Everything one editor's grid holds between renders: edits (with undo and the saved base), bulk tag
 * operations, navigation,
 * row selection, announcements and save outcomes. The workspace makes one; the grid reads it and the save
 * writes into it directly.
 */
export function createGridSession() {
  return {
    edit: createEditStore(),
    tagOps: createTagOpLog(),
    nav: createNavStore(),
    selection: createRowSelectionStore(),
    announcer: createAnnouncer(),
    outcomes: createOutcomeStore(),
  };
}

export type GridSession = ReturnType<typeof createGridSession>;
