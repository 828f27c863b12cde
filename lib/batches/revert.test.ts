import { describe, expect, it } from 'vitest';
import { revertItem } from './revert';

describe('[batches][revert] revertItem', () => {
  it('sends the before-values over the values the batch set', () => {
    expect(
      revertItem({
        tagOps: null,
        before: null,
        videoId: 'v1',
        title: 'Old',
        base: { title: 'Old', tags: ['x'] },
        changes: { title: 'New', tags: [] },
      }),
    ).toEqual({
      videoId: 'v1',
      title: 'New',
      base: { title: 'New', tags: [] },
      changes: { title: 'Old', tags: ['x'] },
    });
  });

  it('leaves out what VOD cannot restore and drops an item with nothing left', () => {
    expect(
      revertItem({
        tagOps: null,
        before: null,
        videoId: 'v1',
        title: 'T',
        base: { cateId: null, description: 'd' },
        changes: { cateId: 5, description: 'e' },
      }),
    ).toEqual({ videoId: 'v1', title: 'T', base: { description: 'e' }, changes: { description: 'd' } });
    expect(
      revertItem({
        tagOps: null,
        before: null,
        videoId: 'v1',
        title: 'T',
        base: { referenceId: '' },
        changes: { referenceId: 'ref-123' },
      }),
    ).toBeNull();
  });

  it('restores what the server read from VOD, not the browser-sent base', () => {
    expect(
      revertItem({
        videoId: 'v1',
        title: 'Old',
        tagOps: null,
        base: { description: 'forged by the browser' },
        before: { description: 'what VOD held' },
        changes: { description: 'new' },
      }),
    ).toMatchObject({ base: { description: 'new' }, changes: { description: 'what VOD held' } });
  });
});
