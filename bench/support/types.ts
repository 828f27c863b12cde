/** The shapes every benchmark group and the runner share. */

export const GROUP_NAMES = [
  'emulator',
  'vod',
  'save',
  'store',
  'overview',
  'grid',
  'review',
  'spreadsheet',
  'bundle',
  'cluster',
] as const;
export type GroupName = (typeof GROUP_NAMES)[number];

/** A bound the median must respect. */
export interface Target {
  op: 'ge' | 'le' | 'eq';
  threshold: number;
  unit: string;
}

/** What a ratio is measured against: a baseline measured in the same run, or a physical limit. */
export interface Baseline {
  /** How the ratio prints: a share of a limit or of a whole (96.8 %), or a factor over a baseline (2.40×). */
  ratioFormat: 'percent' | 'factor';
  label: string;
  /** The baseline's median in this run (or the constant limit). */
  value: number;
  unit: string;
}

export interface Spread {
  min: number;
  max: number;
  p10: number;
  p90: number;
}

export interface BenchRow {
  group: GroupName;
  name: string;
  /** Median of the measured runs. */
  value: number;
  unit: string;
  spread: Spread;
  runs: number;
  /** Human form of the target, e.g. "≥ 570 videos/s"; null when the issue sets none. */
  target: string | null;
  met: 'yes' | 'no' | 'n/a';
  baseline: Baseline | null;
  /** Median of the per-run ratios value / baseline (paired runs), null without a baseline. */
  ratio: number | null;
  /** Every measured sample, for whoever wants to recompute. */
  samples: number[];
  note?: string;
}

/** How many times each measurement runs. */
export interface RepeatPlan {
  warmup: number;
  runs: number;
}

export interface BenchContext {
  quick: boolean;
  plan: RepeatPlan;
  /** Project root (where package.json is). */
  root: string;
  /** A progress line on stderr, so stdout carries only the table. */
  progress(message: string): void;
}

export interface BenchGroup {
  name: GroupName;
  /** One line: what the group measures. */
  title: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

/** Thrown by a group whose prerequisite is absent (e.g. no production build in --quick); reported, not failed. */
export class BenchSkip extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BenchSkip';
  }
}

/** Thrown by a group that crashed after measuring some rows: the rows are kept, the group still fails. */
export class PartialResults extends Error {
  constructor(
    readonly rows: BenchRow[],
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PartialResults';
  }
}
