import { describe, expect, it } from 'vitest';
import { summarizeScroll } from './frame-stats';

describe('[bench][frame-stats]', () => {
  it('counts frames over 50 ms and the p95 of the frame times', () => {
    const deltas = [...Array.from({ length: 18 }, () => 16), 50, 51, 80];
    const summary = summarizeScroll(deltas, [1]);
    expect(summary.longFrames).toBe(2);
    expect(summary.p95).toBe(51);
  });

  it('reports the mean painted share and counts only complete frames as fully painted', () => {
    const summary = summarizeScroll([16, 16, 16, 16], [1, 0.5, 0.999, 1]);
    expect(summary.paintedPct).toBeCloseTo(87.475, 6);
    expect(summary.fullyPaintedPct).toBe(50);
  });

  it('refuses a scroll whose frames were never checked', () => {
    expect(() => summarizeScroll([16], [])).toThrow(RangeError);
  });
});
