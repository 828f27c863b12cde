import type { EditableField, EditableValues } from '@/lib/edits/fields';
import { validateField } from '@/lib/edits/fields';
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

/**
 * Plans a paste of a TSV block. The block lands with its top-left corner on the range's top-left cell
 * and is cut off at the grid's edges; a single value pasted into a larger range fills all of it.
 * Read-only cells and values that cannot be read (an unknown category) are skipped and counted.
 */
export function planPaste(
  block: readonly (readonly string[])[],
  range: CellRange,
  shape: GridShape,
  categories: CategoryIndex,
): { writes: CellWrite[]; skipped: number } {
  const writes: CellWrite[] = [];
  let skipped = 0;
  const put = (row: number, col: number, text: string) => {
    const videoId = shape.rowIds[row];
    const column = shape.columns[col];
    if (videoId === undefined || column === undefined) return;
    if (column.field === null) {
      if (column.isConfigurable) skipped++;
      return;
    }
    const parsed = parseValue(column.field, text, categories);
    if (parsed.ok) writes.push({ videoId, field: column.field, value: parsed.value });
    else skipped++;
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
  }
  return { writes, skipped };
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

/** Plans Delete: empties editable cells where an empty value is allowed (not a title, not a set category…). */
export function planClear(
  range: CellRange,
  shape: GridShape,
  baseOf: (videoId: string) => EditableValues | undefined,
): CellWrite[] {
  const writes: CellWrite[] = [];
  for (let col = range.left; col <= range.right; col++) {
    const field = shape.columns[col]?.field;
    if (!field) continue;
    const empty = emptyValue(field);
    for (let row = range.top; row <= range.bottom; row++) {
      const videoId = shape.rowIds[row];
      const base = videoId === undefined ? undefined : baseOf(videoId);
      if (videoId === undefined || base === undefined) continue;
      if (validateField(field, empty as never, base[field] as never) === null) {
        writes.push({ videoId, field, value: empty });
      }
    }
  }
  return writes;
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
