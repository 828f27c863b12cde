import { describe, expect, it } from 'vitest';
import { chunk } from './chunk';

describe('[vod][chunk] chunk', () => {
  it('cuts into slices of at most the size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 20)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});
