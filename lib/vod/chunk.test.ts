import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunk, mergeChanges } from './chunk';

describe('[vod][chunk] mergeChanges', () => {
  it('folds changes to the same video, later fields winning, in first-seen order', () => {
    expect(
      mergeChanges([
        { videoId: 'a', changes: { title: 'A1', tags: ['x'] } },
        { videoId: 'b', changes: { title: 'B' } },
        { videoId: 'a', changes: { title: 'A2', description: 'd' } },
      ]),
    ).toEqual([
      { videoId: 'a', changes: { title: 'A2', tags: ['x'], description: 'd' } },
      { videoId: 'b', changes: { title: 'B' } },
    ]);
  });

  it('does not mutate its input', () => {
    const input = [
      { videoId: 'a', changes: { title: '1' } },
      { videoId: 'a', changes: { title: '2' } },
    ];
    mergeChanges(input);
    expect(input[0]!.changes.title).toBe('1');
  });
});

describe('[vod][chunk] chunk', () => {
  it('cuts into slices of at most the size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 20)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });

  it('puts every merged video in exactly one chunk of at most 20, ⌈n/20⌉ chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 400 }), (ids) => {
        const merged = mergeChanges(ids.map((id) => ({ videoId: `v${id}`, changes: { title: String(id) } })));
        const chunks = chunk(merged, 20);
        const distinct = new Set(ids).size;
        expect(chunks).toHaveLength(Math.ceil(distinct / 20));
        expect(chunks.every((c) => c.length >= 1 && c.length <= 20)).toBe(true);
        const seen = chunks.flat().map((change) => change.videoId);
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.length).toBe(distinct);
      }),
    );
  });
});
