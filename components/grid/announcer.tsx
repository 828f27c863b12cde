import { useSyncExternalStore } from 'react';

/** Messages for screen readers about what an action did (pasted, undone…). */
export function createAnnouncer() {
  let state = { message: '', count: 0 };
  const listeners = new Set<() => void>();
  return {
    announce(message: string) {
      state = { message, count: state.count + 1 };
      for (const listener of listeners) listener();
    },
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Announcer = ReturnType<typeof createAnnouncer>;

export function LiveRegion({ announcer }: { announcer: Announcer }) {
  const { message, count } = useSyncExternalStore(
    announcer.subscribe,
    announcer.getState,
    announcer.getState,
  );
  return (
    <div role="status" aria-live="polite" className="ui-visually-hidden">
      {/* A changing invisible suffix makes a repeated message ("Undone.") announce again. */}
      {message}
      {count % 2 === 0 ? '' : '\u00a0'}
    </div>
  );
}
