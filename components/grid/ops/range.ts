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
