import {
  type CellWrite,
  type EditStore,
  type LoadedVideo,
  stageWrite,
} from '@/components/grid/state/edit-store';
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
  /** The grid's validator: its cache is warmed in slices, so the first check of the new edits is cheap. */
  validator: Validator;
  writes: readonly CellWrite[];
  load: readonly LoadedVideo[];
  signal: AbortSignal;
  progress: (done: number) => void;
}): Promise<boolean> {
  const { editStore, validator, writes, load, signal, progress } = options;
  for (;;) {
    const from = editStore.getState();
    const staged = stageWrite(from, { kind: 'import', writes, load });
    await sliced(writes.length, WRITES_PER_STEP, staged.add, { progress, signal });
    if (signal.aborted) return false;
    const next = staged.finish();
    // The toolbar counts problems over every edit as soon as the step lands.
    const videoIds = next.touched ?? [];
    await sliced(
      videoIds.length,
      WRITES_PER_STEP,
      (start, end) => {
        for (let i = start; i < end; i++) validator.issuesFor(next, videoIds[i]!);
      },
      { signal },
    );
    if (signal.aborted) return false;
    if (editStore.getState() !== from) continue;
    editStore.dispatch({ type: 'staged', from, next });
    return true;
  }
}
