import { useEffect, useSyncExternalStore } from 'react';
import type { EditStore } from './edit-store';

/** Asks before the page unloads while there are unsaved changes. */
export function useBeforeUnload(store: EditStore): void {
  const hasChanges = useSyncExternalStore(
    store.subscribe,
    () => store.getState().changeCount > 0,
    () => false,
  );
  useEffect(() => {
    if (!hasChanges) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers still need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [hasChanges]);
}
