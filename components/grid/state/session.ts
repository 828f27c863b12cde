import { createAnnouncer } from '../announcer';
import { createEditStore } from './edit-store';
import { createInFlightStore } from './in-flight';
import { createNavStore } from './nav-store';
import { createOutcomeStore } from './outcome-store';
import { createRowCache } from './row-cache';
import { createRowSelectionStore } from './row-selection';
import { createTagOpLog } from './tag-op-log';

/**
 * Everything one editor's grid holds between renders: edits (with undo and the saved base), the loaded
 * rows they were made on, bulk tag operations, navigation, row selection, announcements, what a save has
 * in flight and its outcomes. The workspace makes one per editor and keeps it across views (filters,
 * sorting, searches), so a view changes which rows are shown, never which edits exist.
 */
export function createGridSession() {
  return {
    edit: createEditStore(),
    rows: createRowCache(),
    tagOps: createTagOpLog(),
    nav: createNavStore(),
    selection: createRowSelectionStore(),
    announcer: createAnnouncer(),
    inFlight: createInFlightStore(),
    outcomes: createOutcomeStore(),
  };
}

export type GridSession = ReturnType<typeof createGridSession>;
