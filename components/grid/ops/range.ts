/** A cell position in display order: row among displayed rows, column among visible columns. */
export interface CellCoord {
  row: number;
  col: number;
}

/** An inclusive rectangle of cells. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The rectangle spanned by two corner cells, in any order. */
export function rangeBetween(a: CellCoord, b: CellCoord): CellRange {
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

export function rangeCellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

/** Keeps a coordinate inside a grid of `rows` × `cols` (which may be empty). */
export function clampCoord(coord: CellCoord, rows: number, cols: number): CellCoord {
  return {
    row: Math.max(0, Math.min(coord.row, rows - 1)),
    col: Math.max(0, Math.min(coord.col, cols - 1)),
  };
}

/**
 * Where Tab (direction 1) or Shift+Tab (-1) goes from `from`: the next cell in the row, else the first
 * (or last) data cell of the next (or previous) row, skipping the row-header columns before `firstCol`.
 * Null past the grid's last (or first) cell, so the key can take focus out of the grid.
 */
export function tabTarget(
  from: CellCoord,
  grid: { rows: number; cols: number; firstCol: number },
  direction: 1 | -1,
): CellCoord | null {
  const first = Math.min(Math.max(0, grid.firstCol), grid.cols - 1);
  const col = from.col + direction;
  if (direction === 1 && col < first) return { row: from.row, col: first };
  if (col >= first && col < grid.cols) return { row: from.row, col };
  const row = from.row + direction;
  if (row < 0 || row >= grid.rows) return null;
  return { row, col: direction === 1 ? first : grid.cols - 1 };
}
