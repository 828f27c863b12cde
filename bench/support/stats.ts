/** Summary statistics of repeated measurements. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  p10: number;
  p90: number;
  /** How many samples the summary is over. */
  count: number;
}

/** The q-quantile (0..1) of samples by linear interpolation between closest ranks. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new RangeError('quantile of no samples');
  if (q < 0 || q > 1) throw new RangeError(`quantile must be within 0..1: ${q}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower]!;
  return low + (sorted[upper]! - low) * (position - lower);
}

/** Median, extremes and p10/p90 of at least one sample. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new RangeError('summary of no samples');
  return {
    median: quantile(samples, 0.5),
    min: Math.min(...samples),
    max: Math.max(...samples),
    p10: quantile(samples, 0.1),
    p90: quantile(samples, 0.9),
    count: samples.length,
  };
}
