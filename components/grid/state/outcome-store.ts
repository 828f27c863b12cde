import type { ItemOutcome } from '@/lib/batches';

/** Outcomes by video id, as the grid shows them on its rows. */
export type OutcomeMap = ReadonlyMap<string, ItemOutcome>;

/** The grid session's save outcomes: written by the save as they arrive, read by rows and summaries. */
export function createOutcomeStore() {
  let state: OutcomeMap = new Map();
  const listeners = new Set<() => void>();
  return {
    getState: (): OutcomeMap => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Replaces the map with what `next` makes of it; listeners hear of it once. */
    update(next: (current: OutcomeMap) => OutcomeMap) {
      state = next(state);
      for (const listener of listeners) listener();
    },
  };
}

export type OutcomeStore = ReturnType<typeof createOutcomeStore>;
