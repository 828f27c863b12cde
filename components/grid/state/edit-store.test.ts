import { describe, expect, it, vi } from 'vitest';
import {
  type CellWrite,
  createEditStore,
  currentValue,
  type EditAction,
  type EditState,
  editReducer,
  HISTORY_LIMITS,
  initialEditState,
  isChanged,
  type LoadedVideo,
  stageWrite,
} from './edit-store';

function video(id: string, overrides: Partial<LoadedVideo> = {}): LoadedVideo {
  return {
    id,
    title: `Title ${id}`,
    description: '',
    tags: ['a'],
    cateId: 1,
    coverUrl: '',
    referenceId: '',
    ...overrides,
  };
}

function run(...actions: EditAction[]): EditState {
  return actions.reduce(editReducer, initialEditState());
}

const load = (...videos: LoadedVideo[]): EditAction => ({ type: 'load', videos });
const write = (kind: 'edit' | 'paste' | 'fill' | 'bulk', writes: CellWrite[]): EditAction => ({
  type: 'write',
  kind,
  writes,
});

describe('editReducer', () => {
  it('records an edit with its base and counts it', () => {
    const state = run(load(video('v1')), write('edit', [{ videoId: 'v1', field: 'title', value: 'New' }]));
    expect(currentValue(state, 'v1', 'title')).toBe('New');
    expect(state.base.get('v1')?.title).toBe('Title v1');
    expect(isChanged(state, 'v1', 'title')).toBe(true);
    expect(state.changeCount).toBe(1);
    expect(state.undo).toHaveLength(1);
  });

  it('clears the change mark when a cell is edited back to its loaded value', () => {
    const state = run(
      load(video('v1')),
      write('edit', [{ videoId: 'v1', field: 'title', value: 'New' }]),
      write('edit', [{ videoId: 'v1', field: 'title', value: 'Title v1' }]),
    );
    expect(isChanged(state, 'v1', 'title')).toBe(false);
    expect(state.edits.size).toBe(0);
    expect(state.changeCount).toBe(0);
  });

  it('compares tags as lists, so re-typing the same tags is no change', () => {
    const state = run(
      load(video('v1', { tags: ['x', 'y'] })),
      write('edit', [{ videoId: 'v1', field: 'tags', value: ['x', 'y'] }]),
    );
    expect(state.undo).toHaveLength(0);
    expect(state.changeCount).toBe(0);
  });

  it('ignores writes to videos that are not loaded', () => {
    const state = run(load(video('v1')), write('edit', [{ videoId: 'nope', field: 'title', value: 'x' }]));
    expect(state.edits.size).toBe(0);
    expect(state.undo).toHaveLength(0);
  });

  it('loads the videos an import looked up and writes all its rows as one undoable step', () => {
    const state = run(load(video('v1')), {
      type: 'write',
      kind: 'import',
      load: [video('v2')],
      writes: [
        { videoId: 'v1', field: 'title', value: 'One' },
        { videoId: 'v2', field: 'tags', value: ['a', 'b'] },
      ],
    });
    expect(currentValue(state, 'v2', 'tags')).toEqual(['a', 'b']);
    expect(state.base.get('v2')?.tags).toEqual(['a']);
    expect(state.changeCount).toBe(2);
    expect(state.undo).toHaveLength(1);
    const undone = editReducer(state, { type: 'undo' });
    expect(undone.edits.size).toBe(0);
    expect(currentValue(undone, 'v1', 'title')).toBe('Title v1');
  });

  it('undoes and redoes a paste of many cells as one step', () => {
    const videos = Array.from({ length: 5 }, (_, i) => video(`v${i}`));
    const writes: CellWrite[] = videos.flatMap((v) => [
      { videoId: v.id, field: 'title', value: `P ${v.id}` },
      { videoId: v.id, field: 'referenceId', value: `ref_${v.id}xx` },
      { videoId: v.id, field: 'tags', value: ['p'] },
    ]);
    const pasted = run(load(...videos), write('paste', writes));
    expect(pasted.changeCount).toBe(15);
    expect(pasted.undo).toHaveLength(1);

    const undone = editReducer(pasted, { type: 'undo' });
    expect(undone.changeCount).toBe(0);
    expect(currentValue(undone, 'v3', 'title')).toBe('Title v3');
    expect(undone.redo).toHaveLength(1);

    const redone = editReducer(undone, { type: 'redo' });
    expect(redone.changeCount).toBe(15);
    expect(currentValue(redone, 'v3', 'referenceId')).toBe('ref_v3xx');
    expect(redone.redo).toHaveLength(0);
  });

  it('undoes a fill over cells that were already edited back to their previous edits', () => {
    const state = run(
      load(video('v1'), video('v2')),
      write('edit', [{ videoId: 'v2', field: 'title', value: 'Mine' }]),
      write('fill', [
        { videoId: 'v2', field: 'title', value: 'Filled' },
        { videoId: 'v1', field: 'title', value: 'Filled' },
      ]),
      { type: 'undo' },
    );
    expect(currentValue(state, 'v2', 'title')).toBe('Mine');
    expect(currentValue(state, 'v1', 'title')).toBe('Title v1');
    expect(state.changeCount).toBe(1);
  });

  it('drops the redo stack on a new edit', () => {
    const state = run(
      load(video('v1')),
      write('edit', [{ videoId: 'v1', field: 'title', value: 'A' }]),
      { type: 'undo' },
      write('edit', [{ videoId: 'v1', field: 'title', value: 'B' }]),
    );
    expect(state.redo).toHaveLength(0);
    expect(editReducer(state, { type: 'redo' })).toBe(state);
  });

  it('undoes a bulk action and a row revert as single steps', () => {
    const videos = Array.from({ length: 50 }, (_, i) => video(`v${i}`));
    const bulk = write(
      'bulk',
      videos.map((v) => ({ videoId: v.id, field: 'tags', value: ['a', 'new'] })),
    );
    const state = run(load(...videos), bulk, { type: 'revertRows', videoIds: ['v7'] });
    expect(state.changeCount).toBe(49);
    expect(state.undo.map((s) => s.kind)).toEqual(['bulk', 'revert']);
    const afterUndo = editReducer(state, { type: 'undo' });
    expect(afterUndo.changeCount).toBe(50);
    const afterSecondUndo = editReducer(afterUndo, { type: 'undo' });
    expect(afterSecondUndo.changeCount).toBe(0);
  });

  it('rebases on saved values and keeps later typing as a change', () => {
    const saved = run(
      load(video('v1'), video('v2')),
      write('edit', [
        { videoId: 'v1', field: 'title', value: 'Saved' },
        { videoId: 'v2', field: 'title', value: 'Typed after save' },
      ]),
      {
        type: 'rebase',
        entries: [
          { videoId: 'v1', values: { title: 'Saved' } },
          { videoId: 'v2', values: { title: 'Saved v2' } },
        ],
      },
    );
    expect(isChanged(saved, 'v1', 'title')).toBe(false);
    expect(saved.base.get('v1')?.title).toBe('Saved');
    expect(isChanged(saved, 'v2', 'title')).toBe(true);
    expect(saved.base.get('v2')?.title).toBe('Saved v2');
    expect(saved.changeCount).toBe(1);
  });

  it('takes VOD current values for a conflict as one undoable step', () => {
    const state = run(load(video('v1')), write('edit', [{ videoId: 'v1', field: 'title', value: 'Mine' }]), {
      type: 'takeTheirs',
      videoId: 'v1',
      current: { title: 'Theirs' },
    });
    expect(currentValue(state, 'v1', 'title')).toBe('Theirs');
    expect(state.base.get('v1')?.title).toBe('Theirs');
    expect(state.changeCount).toBe(0);
    const undone = editReducer(state, { type: 'undo' });
    expect(currentValue(undone, 'v1', 'title')).toBe('Mine');
    expect(isChanged(undone, 'v1', 'title')).toBe(true);
  });

  it('restores a draft together with the rows it was made on, loaded or not', () => {
    const restored = run(load(video('v1')), {
      type: 'write',
      kind: 'restore',
      writes: [
        { videoId: 'v1', field: 'title', value: 'Draft 1' },
        { videoId: 'v9', field: 'tags', value: ['late'] },
      ],
      load: [video('v9')],
    });
    expect(currentValue(restored, 'v1', 'title')).toBe('Draft 1');
    expect(currentValue(restored, 'v9', 'tags')).toEqual(['late']);
    expect(restored.changeCount).toBe(2);
  });

  it('keeps the original base of an edited video that loads again', () => {
    const state = run(
      load(video('v1')),
      write('edit', [{ videoId: 'v1', field: 'title', value: 'Mine' }]),
      load(video('v1', { title: 'Reloaded' })),
    );
    expect(state.base.get('v1')?.title).toBe('Title v1');
  });

  it('returns the same state for a load that adds nothing', () => {
    const v = video('v1');
    const state = run(load(v));
    expect(editReducer(state, load(v))).toBe(state);
  });

  it('bumps the reference version only when Reference IDs may change', () => {
    const loaded = run(load(video('v1')));
    const titled = editReducer(loaded, write('edit', [{ videoId: 'v1', field: 'title', value: 'x' }]));
    expect(titled.referenceVersion).toBe(loaded.referenceVersion);
    const referenced = editReducer(
      titled,
      write('edit', [{ videoId: 'v1', field: 'referenceId', value: 'abcdef' }]),
    );
    expect(referenced.referenceVersion).toBe(titled.referenceVersion + 1);
  });

  it('keeps untouched videos identical across actions', () => {
    const state = run(
      load(video('v1'), video('v2')),
      write('edit', [
        { videoId: 'v1', field: 'title', value: 'x' },
        { videoId: 'v2', field: 'title', value: 'y' },
      ]),
    );
    const next = editReducer(state, write('edit', [{ videoId: 'v1', field: 'title', value: 'z' }]));
    expect(next.edits.get('v2')).toBe(state.edits.get('v2'));
    expect(next.edits.get('v1')).not.toBe(state.edits.get('v1'));
    expect(next.touched).toEqual(['v1']);
  });

  it('caps history by steps', () => {
    let state = run(load(video('v1')));
    for (let i = 0; i < HISTORY_LIMITS.steps + 5; i++) {
      state = editReducer(state, write('edit', [{ videoId: 'v1', field: 'title', value: `t${i}` }]));
    }
    expect(state.undo).toHaveLength(HISTORY_LIMITS.steps);
  });

  it('discards everything', () => {
    const state = run(load(video('v1')), write('edit', [{ videoId: 'v1', field: 'title', value: 'x' }]), {
      type: 'discardAll',
    });
    expect(state.changeCount).toBe(0);
    expect(state.undo).toHaveLength(0);
    expect(state.touched).toBeNull();
  });
});

describe('createEditStore', () => {
  it('notifies only the rows an action touched', () => {
    const store = createEditStore();
    store.dispatch(load(video('v1'), video('v2')));
    const v1 = vi.fn();
    const v2 = vi.fn();
    const any = vi.fn();
    store.subscribeVideo('v1', v1);
    store.subscribeVideo('v2', v2);
    store.subscribe(any);
    store.dispatch(write('edit', [{ videoId: 'v1', field: 'title', value: 'x' }]));
    expect(v1).toHaveBeenCalledTimes(1);
    expect(v2).not.toHaveBeenCalled();
    expect(any).toHaveBeenCalledTimes(1);
    store.dispatch(write('edit', [{ videoId: 'v1', field: 'title', value: 'x' }]));
    expect(any).toHaveBeenCalledTimes(1);
  });

  it('applies a 1,000 × 3 paste in one dispatch', () => {
    const store = createEditStore();
    const videos = Array.from({ length: 50_000 }, (_, i) => video(`v${i}`));
    store.dispatch(load(...videos));
    const writes: CellWrite[] = videos.slice(0, 1000).flatMap((v) => [
      { videoId: v.id, field: 'title', value: 'x' },
      { videoId: v.id, field: 'description', value: 'y' },
      { videoId: v.id, field: 'tags', value: ['z'] },
    ]);
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch(write('paste', writes));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().changeCount).toBe(3000);
  });

  it("rebase settles a field a save applied as an operation, taking VOD's merged value", () => {
    let state = editReducer(initialEditState(), {
      type: 'load',
      videos: [
        { id: 'v1', title: 'T', description: '', tags: ['a'], cateId: null, coverUrl: '', referenceId: '' },
      ],
    });
    state = editReducer(state, {
      type: 'write',
      kind: 'bulk',
      writes: [{ videoId: 'v1', field: 'tags', value: ['a', 'ours'] }],
    });
    state = editReducer(state, {
      type: 'rebase',
      entries: [{ videoId: 'v1', values: { tags: ['a', 'theirs', 'ours'] }, settled: ['tags'] }],
    });
    expect(state.edits.get('v1')).toBeUndefined();
    expect(state.base.get('v1')?.tags).toEqual(['a', 'theirs', 'ours']);
  });
  it('builds a write in slices into the same single step a write action makes', () => {
    const videos = [video('v1'), video('v2'), video('v3')];
    const start = run(load(video('v1'), video('v2')));
    const writes: CellWrite[] = videos.map((v) => ({ videoId: v.id, field: 'title', value: `New ${v.id}` }));
    const staged = stageWrite(start, { kind: 'import', writes, load: [video('v3')] });
    staged.add(0, 1);
    staged.add(1, 3);
    const next = staged.finish();
    const written = editReducer(start, { type: 'write', kind: 'import', writes, load: [video('v3')] });
    // Every state has a version of its own; the rest is the same.
    expect({ ...next, version: written.version }).toEqual(written);
    expect(next.version).not.toBe(written.version);
    expect(next.undo).toHaveLength(1);
    expect(start.edits.size).toBe(0);
    expect(editReducer(next, { type: 'undo' }).changeCount).toBe(0);
  });

  it('takes a staged state only over the state it was built from', () => {
    const start = run(load(video('v1'), video('v2')));
    const staged = stageWrite(start, {
      kind: 'import',
      writes: [{ videoId: 'v1', field: 'title', value: 'New' }],
    });
    staged.add(0, 1);
    const next = staged.finish();
    expect(editReducer(start, { type: 'staged', from: start, next })).toBe(next);
    const moved = editReducer(start, load(video('v3')));
    expect(editReducer(moved, { type: 'staged', from: start, next })).toBe(moved);
  });
});
