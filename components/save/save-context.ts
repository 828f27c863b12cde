import { createContext, useContext } from 'react';
import type { SaveController } from './use-save';

/** The running save, for the dialogs that start one (review, conflict) wherever they sit in the grid. */
export const SaveContext = createContext<Pick<SaveController, 'start' | 'isSaving'> | null>(null);

/** The save the surrounding workspace runs. */
export function useSaveStarter(): Pick<SaveController, 'start' | 'isSaving'> {
  const save = useContext(SaveContext);
  if (save === null) throw new Error('Saving needs a <SaveContext.Provider> (the videos workspace).');
  return save;
}
