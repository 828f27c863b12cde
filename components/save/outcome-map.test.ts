import { describe, expect, it } from 'vitest';
import type { SaveItem } from '@/lib/edits/fields';

import { refusalOutcomes, withOutcomes, withoutOutcomes, withPending } from './outcome-map';

const items: SaveItem[] = ['v0', 'v1', 'v2'].map((videoId) => ({
  videoId,
  title: videoId,
  base: { title: 'a' },
  changes: { title: 'b' },
}));

describe('[save][outcome-map]', () => {
  it('marks saved rows pending and replaces only the outcomes it is given', () => {
    const start = withOutcomes(new Map(), [
      { videoId: 'old', outcome: { kind: 'updated', saved: { title: 'x' } } },
    ]);
    const pending = withPending(start, ['v0', 'v1']);
    const landed = withOutcomes(pending, [
      { videoId: 'v0', outcome: { kind: 'updated', saved: { title: 'b' } } },
    ]);

    expect([...landed]).toEqual([
      ['old', { kind: 'updated', saved: { title: 'x' } }],
      ['v0', { kind: 'updated', saved: { title: 'b' } }],
      ['v1', { kind: 'pending' }],
    ]);
    expect(start.size).toBe(1);
    expect([...withoutOutcomes(landed, ['v1', 'old']).keys()]).toEqual(['v0']);
  });

  it("puts a refused save's field errors on the rows they are about", () => {
    const { outcomes, general } = refusalOutcomes(items, {
      'items.2.changes.title': ['Too long: 150 of 128 bytes allowed.'],
      'items.2.videoId': ['Video v2 appears more than once.'],
      'items.0.base': ['Mismatch.'],
      items: ['A save can hold at most 50,000 videos.'],
    });

    expect(outcomes).toEqual([
      {
        videoId: 'v2',
        outcome: {
          kind: 'failed',
          code: null,
          message: 'Too long: 150 of 128 bytes allowed. Video v2 appears more than once.',
          requestId: null,
          retryable: false,
        },
      },
      {
        videoId: 'v0',
        outcome: { kind: 'failed', code: null, message: 'Mismatch.', requestId: null, retryable: false },
      },
    ]);
    expect(general).toEqual(['A save can hold at most 50,000 videos.']);
  });
});
