import { del, get, set } from 'idb-keyval';
import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { type FieldChanges, fieldChangesSchema } from '@/lib/edits/fields';
import type { EditStore } from './edit-store';

const KEY_PREFIX = 'vod-bulk-editor:grid-draft:';
const SAVE_DELAY_MS = 800;

// A draft may hold values the editor has not fixed yet, so it allows far more than VOD's limits; it only
// refuses what no editor could have typed.
const DRAFT_SLACK = 64;
const changesSchema = fieldChangesSchema(DRAFT_SLACK);

const draftSchema = z.object({
  version: z.literal(1),
  savedAt: z.iso.datetime(),
  entries: z.array(z.tuple([z.string().min(1), changesSchema])),
});

type StoredDraft = z.infer<typeof draftSchema>;

export interface DraftOffer {
  changeCount: number;
  savedAt: Date;
}

function draftOf(store: EditStore): StoredDraft['entries'] {
  const { edits, pending } = store.getState();
  return [...edits, ...pending];
}

const countChanges = (entries: StoredDraft['entries']) =>
  entries.reduce((sum, [, changes]) => sum + Object.keys(changes).length, 0);

/**
 * Keeps unsaved edits in IndexedDB under the viewer's draft key, debounced, and offers them back after a
 * reload or crash. Nothing is written until a found draft is restored or discarded, so an empty grid
 * never overwrites it.
 */
export function useDraftPersistence(store: EditStore, draftKey: string, isEnabled: boolean) {
  const key = `${KEY_PREFIX}${draftKey}`;
  const [offer, setOffer] = useState<DraftOffer | null>(null);
  const [isPersisting, setIsPersisting] = useState(false);
  const found = useRef<StoredDraft | null>(null);

  useEffect(() => {
    if (!isEnabled) return;
    let isCurrent = true;
    get(key)
      .then((stored: unknown) => {
        if (!isCurrent) return;
        const parsed = draftSchema.safeParse(stored);
        const changeCount = parsed.success ? countChanges(parsed.data.entries) : 0;
        if (parsed.success && changeCount > 0) {
          found.current = parsed.data;
          setOffer({ changeCount, savedAt: new Date(parsed.data.savedAt) });
        } else setIsPersisting(true);
      })
      .catch(() => {
        // Private browsing or a blocked database: edits still work, they just are not kept.
        if (isCurrent) setIsPersisting(true);
      });
    return () => {
      isCurrent = false;
    };
  }, [key, isEnabled]);

  useEffect(() => {
    if (!isPersisting) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      const entries = draftOf(store);
      const write =
        entries.length === 0
          ? del(key)
          : set(key, { version: 1, savedAt: new Date().toISOString(), entries } satisfies StoredDraft);
      write.catch(() => undefined);
    };
    const unsubscribe = store.subscribe(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, SAVE_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (timer) {
        clearTimeout(timer);
        flush();
      }
    };
  }, [isPersisting, store, key]);

  const restore = useCallback(() => {
    const draft = found.current;
    if (draft) store.dispatch({ type: 'restore', entries: draft.entries satisfies [string, FieldChanges][] });
    found.current = null;
    setOffer(null);
    setIsPersisting(true);
    return draft ? countChanges(draft.entries) : 0;
  }, [store]);

  const discard = useCallback(() => {
    found.current = null;
    setOffer(null);
    del(key)
      .catch(() => undefined)
      .finally(() => setIsPersisting(true));
  }, [key]);

  return { offer, restore, discard };
}
