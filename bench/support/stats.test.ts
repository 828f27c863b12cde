import { describe, expect, it } from 'vitest';
import { quantile, summarize } from './stats';

describe('[bench][stats]', () => {
  it('interpolates quantiles between closest ranks', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.9)).toBe(46);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it('summarizes without reordering the caller’s samples', () => {
    const samples = [5, 1, 9, 3, 7];
    expect(summarize(samples)).toEqual({ median: 5, min: 1, max: 9, p10: 1.8, p90: 8.2, count: 5 });
    expect(samples).toEqual([5, 1, 9, 3, 7]);
  });

  it('refuses empty input and out-of-range quantiles', () => {
    expect(() => summarize([])).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});
