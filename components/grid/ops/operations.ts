import type { EditableField, EditableValues } from '@/lib/edits/fields';
import { validateField } from '@/lib/edits/fields';
import type { FieldIssue } from '@/lib/edits/validate';
import type { GridColumn } from '../columns';
import type { CellValue, CellWrite } from '../state/edit-store';
import type { CategoryIndex } from './categories';
import { emptyValue, parseValue } from './cell-values';
import { type CellRange, rangeCellCount } from './range';

/** What range operations see of the grid: displayed rows' ids and visible columns, in display order. */
export interface GridShape {
  rowIds: readonly string[];
  columns: readonly GridColumn[];
}

type ValueOf = (videoId: string, field: EditableField) => CellValue | undefined;

/** What a paste could not place, so the grid can say so instead of dropping it silently. */
export interface PasteLeftOut {
  /** Cells of read-only columns (Status, Duration…), which a paste never changes. */
  readOnly: number;
  /** Values that are no value of their field (a category that does not exist). */
  unreadable: number;
  /** Rows of the block below the grid's last row. */
  rowsBelow: number;
  /** Columns of the block past the grid's last column. */
  columnsPast: number;
}

/**
 * Plans a paste of a TSV block. The block lands with its top-left corner on the range's top-left cell
 * and is cut off at the grid's edges; a single value pasted into a larger range fills all of it.
 * Read-only cells, values that cannot be read (an unknown category) and whatever lies past the grid's
 * edges are counted in `leftOut`.
 */
export function planPaste(
  block: readonly (readonly string[])[],
  range: CellRange,
  shape: GridShape,
  categories: CategoryIndex,
): { writes: CellWrite[]; leftOut: PasteLeftOut } {
  const writes: CellWrite[] = [];
  const leftOut: PasteLeftOut = { readOnly: 0, unreadable: 0, rowsBelow: 0, columnsPast: 0 };
  const put = (row: number, col: number, text: string) => {
    const videoId = shape.rowIds[row];
    const column = shape.columns[col];
    if (videoId === undefined || column === undefined) return;
    if (column.field === null) {
      if (column.isConfigurable) leftOut.readOnly++;
      return;
    }
    const parsed = parseValue(column.field, text, categories);
    if (parsed.ok) writes.push({ videoId, field: column.field, value: parsed.value });
    else leftOut.unreadable++;
  };

  const single = block.length === 1 && block[0]!.length === 1;
  if (single && rangeCellCount(range) > 1) {
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) put(row, col, block[0]![0]!);
    }
  } else {
    block.forEach((cells, i) => {
      cells.forEach((text, j) => {
        put(range.top + i, range.left + j, text);
      });
    });
    const width = Math.max(...block.map((cells) => cells.length));
    leftOut.rowsBelow = Math.max(0, range.top + block.length - shape.rowIds.length);
    leftOut.columnsPast = Math.max(0, range.left + width - shape.columns.length);
  }
  return { writes, leftOut };
}

/**
 * Plans Ctrl+D: the range's top row is copied into the rows below it; a one-row range copies the row
 * above it instead, as spreadsheets do.
 */
export function planFillDown(range: CellRange, shape: GridShape, valueAt: ValueOf): CellWrite[] {
  const sourceRow = range.top === range.bottom ? range.top - 1 : range.top;
  const firstTarget = range.top === range.bottom ? range.top : range.top + 1;
  const sourceId = shape.rowIds[sourceRow];
  if (sourceId === undefined) return [];
  const writes: CellWrite[] = [];
  for (let col = range.left; col <= range.right; col++) {
    const field = shape.columns[col]?.field;
    if (!field) continue;
    const value = valueAt(sourceId, field);
    if (value === undefined) continue;
    for (let row = firstTarget; row <= range.bottom; row++) {
      const videoId = shape.rowIds[row];
      if (videoId !== undefined) writes.push({ videoId, field, value });
    }
  }
  return writes;
}

/** A field Delete could not empty in some cells, with VOD's reason (for the first such cell). */
export interface RefusedClear {
  field: EditableField;
  issue: FieldIssue;
  cells: number;
}

/**
 * Plans Delete: empties every editable cell whose field may be empty for that video (a description,
 * tags, a cover URL or Reference ID that VOD never held…). The others are reported per field with VOD's
 * reason (a title is required, a category or Reference ID cannot be removed), and read-only cells counted.
 */
export function planClear(
  range: CellRange,
  shape: GridShape,
  baseOf: (videoId: string) => EditableValues | undefined,
): { writes: CellWrite[]; refused: RefusedClear[]; readOnly: number } {
  const writes: CellWrite[] = [];
  const refused = new Map<EditableField, RefusedClear>();
  let readOnly = 0;
  const rows = Math.max(0, Math.min(range.bottom, shape.rowIds.length - 1) - range.top + 1);
  for (let col = range.left; col <= range.right; col++) {
    const column = shape.columns[col];
    const field = column?.field;
    if (!field) {
      if (column?.isConfigurable) readOnly += rows;
      continue;
    }
    const empty = emptyValue(field);
    for (let row = range.top; row <= range.bottom; row++) {
      const videoId = shape.rowIds[row];
      const base = videoId === undefined ? undefined : baseOf(videoId);
      if (videoId === undefined || base === undefined) continue;
      const issue = validateField(field, empty as never, base[field] as never);
      if (issue === null) writes.push({ videoId, field, value: empty });
      else {
        const seen = refused.get(field);
        if (seen) seen.cells++;
        else refused.set(field, { field, issue, cells: 1 });
      }
    }
  }
  return { writes, refused: [...refused.values()], readOnly };
}

/** The range's cells as text rows, skipping the row-header columns. */
export function copyBlock(
  range: CellRange,
  shape: GridShape,
  textAt: (videoId: string, column: GridColumn) => string,
): string[][] {
  const columns = shape.columns.slice(range.left, range.right + 1).filter((column) => column.isConfigurable);
  const rows: string[][] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const videoId = shape.rowIds[row];
    if (videoId !== undefined) rows.push(columns.map((column) => textAt(videoId, column)));
  }
  return rows;
}
