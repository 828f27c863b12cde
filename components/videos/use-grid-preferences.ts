import { useCallback, useEffect, useRef, useState } from 'react';
import { saveGridPreferencesAction } from '@/app/(app)/videos/actions';
import type { GridPreferences } from '@/components/grid/state/preferences';

// Resizing a column fires many changes; the server only needs the last one.
const SAVE_DELAY_MS = 800;

/** Column choices, applied at once and saved to the user's profile shortly after they settle. */
export function useGridPreferences(initial: GridPreferences | null) {
  const [preferences, setPreferences] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const update = useCallback((next: GridPreferences) => {
    setPreferences(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveGridPreferencesAction(next), SAVE_DELAY_MS);
  }, []);

  return [preferences, update] as const;
}
