import { describe, expect, it, vi } from 'vitest';
import {
  type CellWrite,
  createEditStore,
  currentValue,
  type LoadedVideo,
} from '@/components/grid/state/edit-store';
import { countOutside } from '@/components/grid/state/outside-count';
import { createValidator } from '@/components/grid/state/validation';
import { applyImport } from './apply-import';

function video(id: string): LoadedVideo {
  return { id, title: `Title ${id}`, description: '', tags: [], cateId: null, coverUrl: '', referenceId: '' };
}

const COUNT = 20_000;

function importSession() {
  const editStore = createEditStore();
  const videos = Array.from({ length: COUNT }, (_, i) => video(`v${i}`));
  editStore.dispatch({ type: 'load', videos });
  const writes: CellWrite[] = videos.map((v) => ({
    videoId: v.id,
    field: 'title',
    value: `${v.title} (new)`,
  }));
  const listener = vi.fn();
  editStore.subscribe(listener);
  // The view has loaded half the videos; the changes to the others count as outside it.
  const viewIds = new Set(videos.slice(0, COUNT / 2).map((v) => v.id));
  return { editStore, writes, listener, validator: createValidator(new Set()), viewIds };
}

describe('applyImport', () => {
  it('lands a 20,000-cell import whole, in one notification and one undo step', async () => {
    const { editStore, writes, listener, validator, viewIds } = importSession();
    const applied = await applyImport({
      editStore,
      validator,
      viewIds,
      writes,
      load: [],
      signal: new AbortController().signal,
      progress: () => undefined,
    });
    expect(applied).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(editStore.getState().changeCount).toBe(COUNT);
    expect(editStore.getState().undo).toHaveLength(1);
    expect(countOutside(editStore.getState(), viewIds)).toBe(COUNT / 2);
    editStore.dispatch({ type: 'undo' });
    expect(countOutside(editStore.getState(), viewIds)).toBe(0);
    expect(editStore.getState().changeCount).toBe(0);
  });

  it('leaves the grid untouched when cancelled while the step is being built', async () => {
    const { editStore, writes, listener, validator, viewIds } = importSession();
    const before = editStore.getState();
    const cancel = new AbortController();
    const applying = applyImport({
      editStore,
      validator,
      viewIds,
      writes,
      load: [],
      signal: cancel.signal,
      progress: () => undefined,
    });
    cancel.abort();
    expect(await applying).toBe(false);
    expect(listener).not.toHaveBeenCalled();
    expect(editStore.getState()).toBe(before);
  });

  it('builds the step again over rows that streamed in meanwhile, keeping them', async () => {
    const { editStore, writes, validator, viewIds } = importSession();
    const applying = applyImport({
      editStore,
      validator,
      viewIds,
      writes,
      load: [video('late')],
      signal: new AbortController().signal,
      progress: () => undefined,
    });
    editStore.dispatch({ type: 'load', videos: [video('streamed')] });
    expect(await applying).toBe(true);
    const state = editStore.getState();
    expect(state.base.has('streamed')).toBe(true);
    expect(state.base.has('late')).toBe(true);
    expect(currentValue(state, 'v0', 'title')).toBe('Title v0 (new)');
    expect(state.undo).toHaveLength(1);
  });

  it('lands with the problems counted, as a fresh check counts them', async () => {
    const { editStore, writes, validator, viewIds } = importSession();
    validator.summary(editStore.getState());
    const invalid = writes.map((write, i) => (i % 4 === 0 ? { ...write, value: '' } : write));
    const applied = await applyImport({
      editStore,
      validator,
      viewIds,
      writes: invalid,
      load: [],
      signal: new AbortController().signal,
      progress: () => undefined,
    });
    expect(applied).toBe(true);
    const state = editStore.getState();
    expect(validator.summary(state).cellCount).toBe(COUNT / 4);
    expect(validator.summary(state)).toEqual(createValidator(new Set()).summary(state));
  });
});
