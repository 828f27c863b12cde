import { quantile } from './stats';

/** What a scroll's frames showed: how smooth, and whether the rows were there. */
export interface ScrollSummary {
  p95: number;
  /** Frames that took longer than LONG_FRAME_MS: the stutters a user notices. */
  longFrames: number;
  /** Mean share of the rows in view that each frame painted, in percent. */
  paintedPct: number;
  /** Share of the frames that painted every row in view, in percent. */
  fullyPaintedPct: number;
}

export const LONG_FRAME_MS = 50;

/** Summarizes frame-to-frame times and each frame's share (0..1) of the rows in view it painted. */
export function summarizeScroll(deltas: readonly number[], painted: readonly number[]): ScrollSummary {
  if (painted.length === 0) throw new RangeError('no frames were checked');
  return {
    p95: quantile(deltas, 0.95),
    longFrames: deltas.filter((delta) => delta > LONG_FRAME_MS).length,
    paintedPct: (100 * painted.reduce((sum, share) => sum + share, 0)) / painted.length,
    fullyPaintedPct: (100 * painted.filter((share) => share >= 1).length) / painted.length,
  };
}
