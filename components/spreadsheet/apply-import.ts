import {
  type CellWrite,
  type EditStore,
  type LoadedVideo,
  stageWrite,
} from '@/components/grid/state/edit-store';
import { stageOutsideCount } from '@/components/grid/state/outside-count';
import type { Validator } from '@/components/grid/state/validation';
import { sliced } from '@/lib/ui/sliced-work';

// Writes per step of a slice: small enough that a slice ends soon after SLICE_MS on a busy machine.
const WRITES_PER_STEP = 500;

/**
 * Applies an import's writes to the grid as one undoable step without blocking the page: the next state is
 * built beside the store in slices and swapped in whole, so the grid never shows half an import. Rows
 * streaming in meanwhile change the store, and then the step is built again on the new state. Resolves
 * false, with the store untouched, when `signal` aborts first.
 */
export async function applyImport(options: {
  editStore: EditStore;
  /** The grid's validator: the new state's problem summary is built in slices before the state lands. */
  validator: Validator;
  /** The videos the grid's view has loaded: the count of changes outside it is made in slices too. */
  viewIds: ReadonlySet<string>;
  writes: readonly CellWrite[];
  load: readonly LoadedVideo[];
  signal: AbortSignal;
  progress: (done: number) => void;
}): Promise<boolean> {
  const { editStore, validator, viewIds, writes, load, signal, progress } = options;
  for (;;) {
    const from = editStore.getState();
    const staged = stageWrite(from, { kind: 'import', writes, load });
    await sliced(writes.length, WRITES_PER_STEP, staged.add, { progress, signal });
    if (signal.aborted) return false;
    const next = staged.finish();
    // The toolbar counts the problems and the changes outside the view as soon as the step lands: made
    // here, in slices, both counts are ready then.
    for (const counting of [validator.stageSummary(next), stageOutsideCount(next, viewIds)]) {
      await sliced(counting.count, WRITES_PER_STEP, counting.add, { signal });
      if (signal.aborted) return false;
      counting.finish();
    }
    if (editStore.getState() !== from) continue;
    editStore.dispatch({ type: 'staged', from, next });
    return true;
  }
}
