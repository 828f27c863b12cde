import { createActions } from './actions';
import { createClipboardHandler } from './clipboard-handler';
import { createControllerCore, type GridControllerDeps } from './core';
import { createKeyHandler } from './key-handler';
import { createPointerHandler } from './pointer-handler';

export type { GridControllerDeps, GridModel } from './core';

/**
 * Turns keyboard, mouse and clipboard events on the grid into navigation, selection and edits. A plain
 * object with stable methods: the grid's event handlers and the cells' actions never change identity.
 */
export function createGridController(deps: GridControllerDeps) {
  const core = createControllerCore(deps);
  const actions = createActions(core);
  return {
    actions,
    ...createKeyHandler(core, actions),
    ...createPointerHandler(core),
    ...createClipboardHandler(core),
  };
}
