import { describe, expect, it } from 'vitest';
import type { Video } from '@/lib/vod';
import {
  countDraft,
  draftBlobOf,
  draftOf,
  isEmptyDraft,
  parseDraft,
  readDraft,
  restoreAction,
} from './draft';
import { currentValue, type EditAction, type EditState, editReducer, initialEditState } from './edit-store';
import { createInFlightStore } from './in-flight';
import { createRowCache } from './row-cache';

function video(id: string, overrides: Partial<Video> = {}): Video {
  return {
    id,
    title: `Title ${id}`,
    description: '',
    tags: ['a'],
    cateId: 1,
    coverUrl: '',
    referenceId: '',
    cateName: null,
    status: 'Normal',
    durationSec: 12,
    sizeBytes: null,
    creationTime: '2024-01-01T00:00:00Z',
    modificationTime: null,
    ...overrides,
  };
}

const run = (...actions: EditAction[]): EditState => actions.reduce(editReducer, initialEditState());

function editedSession() {
  const rows = createRowCache();
  const videos = [video('v1'), video('v2'), video('v3')];
  rows.remember(videos);
  const state = run(
    { type: 'load', videos },
    {
      type: 'write',
      kind: 'edit',
      writes: [
        { videoId: 'v1', field: 'title', value: 'New 1' },
        { videoId: 'v1', field: 'tags', value: ['a', 'b'] },
        { videoId: 'v2', field: 'title', value: 'New 2' },
      ],
    },
  );
  return { rows, state };
}

describe('[grid][draft] the editor draft', () => {
  it('keeps every edit with its row and counts exactly the changed cells', () => {
    const { rows, state } = editedSession();
    const draft = draftOf(state, rows, new Map());
    expect(draft.entries.map((entry) => entry.row.id)).toEqual(['v1', 'v2']);
    expect(countDraft(draft)).toBe(3);
    expect(parseDraft(structuredClone(draft))).toEqual(draft);
  });

  it('leaves out what a save has in flight, but not a later edit of the same video', () => {
    const { rows, state } = editedSession();
    const inFlight = createInFlightStore();
    inFlight.send([
      { videoId: 'v1', changes: { title: 'New 1', tags: ['a', 'b'] } },
      { videoId: 'v2', changes: { title: 'Sent before a later edit' } },
    ]);
    const draft = draftOf(state, rows, inFlight.getState());
    expect(draft.entries).toEqual([
      { row: expect.objectContaining({ id: 'v2' }), changes: { title: 'New 2' } },
    ]);
    inFlight.settle(['v1']);
    expect(countDraft(draftOf(state, rows, inFlight.getState()))).toBe(3);
  });

  it('restores into an empty session with the rows it was made on, exactly the count offered', () => {
    const { rows, state } = editedSession();
    const draft = parseDraft(structuredClone(draftOf(state, rows, new Map())))!;
    const restored = editReducer(initialEditState(), restoreAction(draft));
    expect(restored.changeCount).toBe(countDraft(draft));
    expect(currentValue(restored, 'v1', 'tags')).toEqual(['a', 'b']);
    expect(restored.base.get('v2')?.title).toBe('Title v2');
    const undone = editReducer(restored, { type: 'undo' });
    expect(undone.changeCount).toBe(0);
  });

  it('offers nothing for an empty, older or broken draft', () => {
    expect(parseDraft(undefined)).toBeNull();
    expect(parseDraft({ version: 2, savedAt: new Date().toISOString(), entries: [] })).toBeNull();
    expect(
      parseDraft({ version: 1, savedAt: new Date().toISOString(), entries: [['v1', { title: 'x' }]] }),
    ).toBeNull();
    expect(
      parseDraft({
        version: 2,
        savedAt: new Date().toISOString(),
        entries: [{ row: { id: 'v1' }, changes: { title: 'x' } }],
      }),
    ).toBeNull();
  });
  it('stores a large draft as a Blob built in slices, read back as the same draft', async () => {
    const rows = createRowCache();
    const videos = Array.from({ length: 1_200 }, (_, i) => video(`v${i}`));
    rows.remember(videos);
    const state = run(
      { type: 'load', videos },
      {
        type: 'write',
        kind: 'import',
        writes: videos.map((v) => ({ videoId: v.id, field: 'title', value: `New ${v.id}\nline` })),
      },
    );
    const now = new Date('2026-12-02T08:00:00Z');
    const stored = await draftBlobOf(state, rows, new Map(), now);
    expect(stored.entryLines).toBeInstanceOf(Blob);
    expect((await stored.entryLines.text()).split('\n').filter(Boolean).length).toBe(3);
    expect(await readDraft(stored)).toEqual(draftOf(state, rows, new Map(), now));
    expect(await readDraft(draftOf(state, rows, new Map(), now))).toEqual(
      draftOf(state, rows, new Map(), now),
    );
    expect(isEmptyDraft(stored)).toBe(false);
    expect(isEmptyDraft(await draftBlobOf(initialEditState(), rows, new Map()))).toBe(true);
    expect(await readDraft({ ...stored, entryLines: new Blob(['[{"row":']) })).toBeNull();
  });
});
