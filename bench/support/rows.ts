import { summarize } from './stats';
import type { Baseline, BenchRow, GroupName, Target } from './types';

export interface RowInput {
  group: GroupName;
  name: string;
  unit: string;
  samples: readonly number[];
  target?: Target;
  /** The baseline and the per-run value/baseline ratios, paired run by run. */
  baseline?: { baseline: Baseline; ratios: readonly number[] };
  note?: string;
}

const OP_SYMBOL: Record<Target['op'], string> = { ge: '≥', le: '≤', eq: '=' };

/** Formats a number for the table: thousands separators, fewer decimals as the magnitude grows. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 || Number.isInteger(value) ? 0 : magnitude >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "≥ 570 videos/s". */
export function describeTarget(target: Target): string {
  return `${OP_SYMBOL[target.op]} ${formatNumber(target.threshold)} ${target.unit}`;
}

/** Whether a median meets its target. */
export function meetsTarget(value: number, target: Target): boolean {
  if (target.op === 'ge') return value >= target.threshold;
  if (target.op === 'le') return value <= target.threshold;
  return value === target.threshold;
}

/** A table row from the measured samples of one benchmark. */
export function toRow(input: RowInput): BenchRow {
  const summary = summarize(input.samples);
  const ratio = input.baseline ? summarize(input.baseline.ratios).median : null;
  return {
    group: input.group,
    name: input.name,
    value: summary.median,
    unit: input.unit,
    spread: { min: summary.min, max: summary.max, p10: summary.p10, p90: summary.p90 },
    runs: summary.count,
    target: input.target ? describeTarget(input.target) : null,
    met: input.target ? (meetsTarget(summary.median, input.target) ? 'yes' : 'no') : 'n/a',
    baseline: input.baseline?.baseline ?? null,
    ratio,
    samples: [...input.samples],
    ...(input.note ? { note: input.note } : {}),
  };
}

/** Per-run ratios of paired samples (value[i] / baseline[i]). */
export function pairedRatios(values: readonly number[], baselines: readonly number[]): number[] {
  if (values.length !== baselines.length) throw new RangeError('paired samples differ in length');
  return values.map((value, i) => value / baselines[i]!);
}

/**
 * A baseline measured beside `values` in the same runs (idle frame, a peer, a smaller size): its median,
 * and the per-run ratios value / baseline.
 */
export function pairedBaseline(
  label: string,
  unit: string,
  values: readonly number[],
  baselines: readonly number[],
): NonNullable<RowInput['baseline']> {
  return {
    baseline: { label, value: summarize(baselines).median, unit, ratioFormat: 'factor' },
    ratios: pairedRatios(values, baselines),
  };
}
