import { finishNow, type Staged } from '@/lib/ui/sliced-work';
import type { EditState } from './edit-store';

interface Counted {
  version: number;
  edits: EditState['edits'];
  count: number;
}

// Per view, the last count: the next state's is that count updated for the videos its change touched, so
// a keystroke, or the landing of a 100,000-cell import, does not recount every edit.
const counts = new WeakMap<ReadonlySet<string>, Counted>();

const cellsOf = (edits: EditState['edits'], videoId: string): number => {
  const changes = edits.get(videoId);
  return changes === undefined ? 0 : Object.keys(changes).length;
};

/** countOutside made in slices, for a state whose count is too much for one task (an import landing). */
export function stageOutsideCount(state: EditState, viewIds: ReadonlySet<string>): Staged<number> {
  const last = counts.get(viewIds);
  const isDelta = last !== undefined && state.basedOn === last.version && state.touched !== null;
  const videoIds = isDelta ? state.touched! : [...state.edits.keys()];
  let count = isDelta ? last.count : 0;
  return {
    count: videoIds.length,
    add(start, end) {
      for (let i = start; i < end; i++) {
        const videoId = videoIds[i]!;
        if (viewIds.has(videoId)) continue;
        count += cellsOf(state.edits, videoId) - (isDelta ? cellsOf(last.edits, videoId) : 0);
      }
    },
    finish() {
      counts.set(viewIds, { version: state.version, edits: state.edits, count });
      return count;
    },
  };
}

/** Changed cells of videos the view (`viewIds`) has not loaded. */
export function countOutside(state: EditState, viewIds: ReadonlySet<string>): number {
  const last = counts.get(viewIds);
  if (last?.version === state.version) return last.count;
  return finishNow(stageOutsideCount(state, viewIds));
}
