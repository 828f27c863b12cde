import { del, get, set } from 'idb-keyval';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  countDraft,
  draftBlobOf,
  draftOf,
  isEmptyDraft,
  readDraft,
  restoreAction,
  type StoredDraft,
} from './draft';
import type { GridSession } from './session';

const KEY_PREFIX = 'vod-bulk-editor:grid-draft:v2:';
// Edited videos above which a draft's write takes long enough to pace (measured: ~0.6 s for 50,000).
const LARGE_DRAFT = 5_000;

export interface DraftOffer {
  changeCount: number;
  savedAt: Date;
}

/**
 * Keeps the editor's unsaved edits in IndexedDB (one draft per editor, whatever the view) and offers them
 * back after a reload or crash. Each change is written once the frame showing it is painted (one write at a
 * time, the latest state next; a very large draft paces itself) and again on `pagehide`, so an edit made just
 * before leaving is kept. Nothing is written until a found draft is restored or discarded, so an empty grid
 * never overwrites it.
 */
export function useDraftPersistence(session: GridSession, editorKey: string, isEnabled: boolean) {
  const key = `${KEY_PREFIX}${editorKey}`;
  const [offer, setOffer] = useState<DraftOffer | null>(null);
  const [isPersisting, setIsPersisting] = useState(false);
  const found = useRef<StoredDraft | null>(null);

  useEffect(() => {
    if (!isEnabled) return;
    let isCurrent = true;
    get(key)
      .then(readDraft)
      .then((draft) => {
        if (!isCurrent) return;
        if (draft) {
          found.current = draft;
          setOffer({ changeCount: countDraft(draft), savedAt: new Date(draft.savedAt) });
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
    let isWriting = false;
    let isDirty = false;
    // Rows streaming in change the edit state too; only a change to the edits or to what is in flight is
    // a change to the draft.
    let written: unknown[] = [];
    // Writing clones the whole draft on the main thread (about half a second for 50,000 edited videos). A
    // large draft waits twice as long as its last write took before the next one, so editing stays fluid;
    // drafts of everyday size take milliseconds and are written at once. Leaving the page never waits.
    let pauseUntil = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = (isLeaving = false) => {
      const sources = [session.edit.getState().edits, session.inFlight.getState()];
      if (sources.every((source, i) => source === written[i])) return;
      // Leaving cannot wait for a large draft's slices: the latest edits are written now, and again once
      // the write under way ends, so its older text does not stay.
      if (isWriting && !isLeaving) {
        isDirty = true;
        return;
      }
      if (isWriting) isDirty = true;
      const wait = pauseUntil - performance.now();
      if (!isLeaving && wait > 0) {
        timer ??= setTimeout(() => {
          timer = undefined;
          write();
        }, wait);
        return;
      }
      if (!isWriting) isDirty = false;
      isWriting = true;
      written = sources;
      const started = performance.now();
      const state = session.edit.getState();
      const inFlight = session.inFlight.getState();
      const isLarge = state.edits.size > LARGE_DRAFT;
      // Cloning a large draft's objects into IndexedDB blocks the page (more than a second for 100,000
      // edited videos); a Blob built in slices is stored by reference.
      const draft =
        isLarge && !isLeaving
          ? draftBlobOf(state, session.rows, inFlight)
          : Promise.resolve(draftOf(state, session.rows, inFlight));
      draft
        .then((stored) => (isEmptyDraft(stored) ? del(key) : set(key, stored)))
        .catch(() => undefined)
        .finally(() => {
          const took = performance.now() - started;
          pauseUntil = isLarge ? performance.now() + 2 * took : 0;
          isWriting = false;
          if (isDirty) write();
        });
    };
    // A change is written just after the frame that shows it, so cloning the draft (milliseconds for a
    // thousand pasted rows) never delays what the editor sees; a hidden page paints no frames, so a timer
    // writes it there. Leaving the page writes at once (flush).
    let isScheduled = false;
    let fallback: ReturnType<typeof setTimeout> | undefined;
    const writeScheduled = () => {
      clearTimeout(fallback);
      if (!isScheduled) return;
      isScheduled = false;
      write();
    };
    const onChange = () => {
      if (isScheduled) return;
      isScheduled = true;
      requestAnimationFrame(() => setTimeout(writeScheduled, 0));
      fallback = setTimeout(writeScheduled, 250);
    };
    const offEdit = session.edit.subscribe(onChange);
    const offInFlight = session.inFlight.subscribe(onChange);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const flush = () => {
      written = [];
      write(true);
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    // Edits made while the stored draft was being read are written now.
    flush();
    return () => {
      clearTimeout(timer);
      clearTimeout(fallback);
      isScheduled = false;
      offEdit();
      offInFlight();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [isPersisting, session, key]);

  const restore = useCallback(() => {
    const draft = found.current;
    if (draft) {
      session.rows.remember(draft.entries.map((entry) => entry.row));
      session.edit.dispatch(restoreAction(draft));
    }
    found.current = null;
    setOffer(null);
    setIsPersisting(true);
    return draft ? countDraft(draft) : 0;
  }, [session]);

  const discard = useCallback(() => {
    found.current = null;
    setOffer(null);
    del(key)
      .catch(() => undefined)
      .finally(() => setIsPersisting(true));
  }, [key]);

  return { offer, restore, discard };
}
