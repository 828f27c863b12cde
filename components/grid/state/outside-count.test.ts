import { describe, expect, it } from 'vitest';
import {
  type EditAction,
  type EditState,
  editReducer,
  initialEditState,
  type LoadedVideo,
} from './edit-store';
import { countOutside, stageOutsideCount } from './outside-count';

const video = (id: string): LoadedVideo => ({
  id,
  title: `Title ${id}`,
  description: '',
  tags: [],
  cateId: null,
  coverUrl: '',
  referenceId: '',
});

const write = (videoId: string, field: 'title' | 'description', value: string): EditAction => ({
  type: 'write',
  kind: 'edit',
  writes: [{ videoId, field, value }],
});

/** What countOutside must say: every changed cell of a video outside the view, counted afresh. */
const recount = (state: EditState, viewIds: ReadonlySet<string>) =>
  [...state.edits].reduce(
    (sum, [id, changes]) => sum + (viewIds.has(id) ? 0 : Object.keys(changes).length),
    0,
  );

describe('countOutside', () => {
  it('follows the changes, one state after another, as a recount would', () => {
    const view = new Set(['v1', 'v2']);
    const actions: EditAction[] = [
      write('v1', 'title', 'a'),
      write('v3', 'title', 'b'),
      write('v3', 'description', 'c'),
      write('v4', 'title', 'd'),
      { type: 'undo' },
      { type: 'redo' },
      write('v3', 'title', 'Title v3'),
      { type: 'revertRows', videoIds: ['v4'] },
      { type: 'rebase', entries: [{ videoId: 'v3', values: { description: 'c' } }] },
      write('v2', 'title', 'e'),
      { type: 'discardAll' },
      write('v4', 'description', 'f'),
    ];
    let state = editReducer(initialEditState(), {
      type: 'load',
      videos: ['v1', 'v2', 'v3', 'v4'].map(video),
    });
    const seen: number[] = [];
    for (const action of actions) {
      state = editReducer(state, action);
      const count = countOutside(state, view);
      expect(count).toBe(recount(state, view));
      seen.push(count);
    }
    expect(seen).toEqual([0, 1, 2, 3, 2, 3, 2, 1, 0, 0, 0, 1]);
  });

  it('counts afresh for another view', () => {
    const state = editReducer(
      editReducer(initialEditState(), { type: 'load', videos: [video('v1'), video('v2')] }),
      write('v1', 'title', 'a'),
    );
    expect(countOutside(state, new Set(['v1']))).toBe(0);
    expect(countOutside(state, new Set(['v2']))).toBe(1);
  });
});

describe('stageOutsideCount', () => {
  it('makes in slices the count countOutside then returns', () => {
    const view = new Set(['v0']);
    const videos = Array.from({ length: 10 }, (_, i) => video(`v${i}`));
    const from = editReducer(initialEditState(), { type: 'load', videos });
    expect(countOutside(from, view)).toBe(0);
    const next = editReducer(from, {
      type: 'write',
      kind: 'import',
      writes: videos.map((v) => ({ videoId: v.id, field: 'title', value: 'New' })),
    });
    const staged = stageOutsideCount(next, view);
    for (let start = 0; start < staged.count; start += 3)
      staged.add(start, Math.min(staged.count, start + 3));
    expect(staged.finish()).toBe(9);
    expect(countOutside(next, view)).toBe(9);
  });
});
