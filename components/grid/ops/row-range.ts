import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

/**
 * The rows the grid renders for the rows in view: `overscan` more on each side for arrow keys and short
 * scrolls, and the focused row wherever it is, so it keeps DOM focus.
 */
export type RowRange = (range: Range, focusRow: number, isScrolling: boolean) => number[];

/**
 * A scroll that leapt more than a screen since the last range (a fling, or the scrollbar's thumb dragged
 * through thousands of rows) renders no overscan: the next frame leaps as far, so rows beyond the view would
 * be laid out and painted and never seen, a quarter of such a frame's rows. A scroll moving less than a screen
 * keeps them, and so does the grid once scrolling stops.
 */
export function createRowRange(overscan: number): RowRange {
  let lastStart: number | null = null;
  return (range, focusRow, isScrolling) => {
    const leapt =
      isScrolling &&
      lastStart !== null &&
      Math.abs(range.startIndex - lastStart) > range.endIndex - range.startIndex;
    lastStart = range.startIndex;
    const indexes = defaultRangeExtractor({ ...range, overscan: leapt ? 0 : overscan });
    if (focusRow < 0 || focusRow >= range.count || indexes.includes(focusRow)) return indexes;
    return [...indexes, focusRow].sort((a, b) => a - b);
  };
}
