import { describe, expect, it } from 'vitest';
import { describeTarget, formatNumber, pairedBaseline, pairedRatios, toRow } from './rows';

describe('[bench][rows]', () => {
  it('reports the median against the target and the median of paired ratios', () => {
    const row = toRow({
      group: 'vod',
      name: 'updateVideos',
      unit: 'videos/s',
      samples: [560, 580, 575],
      target: { op: 'ge', threshold: 570, unit: 'videos/s' },
      baseline: {
        baseline: { label: 'API limit', value: 600, unit: 'videos/s', ratioFormat: 'percent' },
        ratios: pairedRatios([560, 580, 575], [600, 600, 600]),
      },
    });
    expect(row).toMatchObject({ value: 575, met: 'yes', target: '≥ 570 videos/s', runs: 3 });
    expect(row.spread).toMatchObject({ min: 560, max: 580 });
    expect(row.ratio).toBeCloseTo(575 / 600);
  });

  it('marks a missed upper bound and rows without a target', () => {
    const base = { group: 'grid' as const, name: 'paste', unit: 'ms', samples: [310, 290, 320] };
    expect(toRow({ ...base, target: { op: 'le', threshold: 300, unit: 'ms' } }).met).toBe('no');
    expect(toRow(base)).toMatchObject({ met: 'n/a', target: null, baseline: null, ratio: null });
  });

  it('formats numbers by magnitude and targets with their symbol', () => {
    expect(formatNumber(12345.6)).toBe('12,346');
    expect(formatNumber(16.66)).toBe('16.7');
    expect(formatNumber(2.345)).toBe('2.35');
    expect(describeTarget({ op: 'eq', threshold: 0, unit: 'errors' })).toBe('= 0 errors');
  });

  it('refuses ratios of unpaired samples', () => {
    expect(() => pairedRatios([1, 2], [1])).toThrow(RangeError);
  });

  it('pairs a baseline run by run: its median, and the median ratio of the pairs', () => {
    // Ours against a peer: 30 vs 50, 20 vs 40, 36 vs 40. Ratios 0.6, 0.5, 0.9; the ratio of medians would be 0.75.
    const paired = pairedBaseline('peer p95', 'ms', [30, 20, 36], [50, 40, 40]);
    expect(paired.baseline).toEqual({ label: 'peer p95', value: 40, unit: 'ms', ratioFormat: 'factor' });
    expect(paired.ratios).toEqual([0.6, 0.5, 0.9]);
    const row = toRow({ group: 'grid', name: 'p95', unit: 'ms', samples: [30, 20, 36], baseline: paired });
    expect(row.ratio).toBeCloseTo(0.6);
  });
});
