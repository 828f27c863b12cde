import { type EditableField, type FieldChanges, fieldEquals } from '@/lib/edits/fields';

export type InFlightMap = ReadonlyMap<string, FieldChanges>;

/**
 * The values a save has sent and not yet answered, per video. The draft leaves them out, so a reload
 * during a save (or after a crash) never offers back changes that are being saved or were saved.
 */
export function createInFlightStore() {
  let state: InFlightMap = new Map();
  const listeners = new Set<() => void>();
  const set = (next: InFlightMap) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    getState: (): InFlightMap => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Marks the changes of a save as sent. */
    send(items: readonly { videoId: string; changes: FieldChanges }[]) {
      const next = new Map(state);
      for (const item of items) next.set(item.videoId, { ...next.get(item.videoId), ...item.changes });
      set(next);
    },
    /** The save answered for these videos (saved, failed or refused): their changes are the editor's again. */
    settle(videoIds: Iterable<string>) {
      const next = new Map(state);
      let changed = false;
      for (const videoId of videoIds) changed = next.delete(videoId) || changed;
      if (changed) set(next);
    },
  };
}

export type InFlightStore = ReturnType<typeof createInFlightStore>;

/** The edits of a video that no save has sent as they are now. */
export function unsentChanges(changes: FieldChanges, sent: FieldChanges | undefined): FieldChanges {
  if (sent === undefined) return changes;
  const rest: Record<string, unknown> = {};
  for (const field of Object.keys(changes) as EditableField[]) {
    const value = changes[field];
    const wasSent = Object.hasOwn(sent, field) && fieldEquals(field, sent[field] as never, value as never);
    if (!wasSent) rest[field] = value;
  }
  return rest as FieldChanges;
}
