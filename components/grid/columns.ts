import type { EditableField } from '@/lib/edits/fields';
import { gridMessages } from '@/lib/messages/grid';
import type { ConfigurableColumnId } from './preferences';

export type ColumnId = 'select' | 'outcome' | ConfigurableColumnId;

/** How a column's cells render; the cell dispatcher picks one component per variant. */
export type CellVariant =
  | 'select'
  | 'outcome'
  | 'thumbnail'
  | 'videoId'
  | 'text'
  | 'longText'
  | 'tags'
  | 'category'
  | 'status'
  | 'duration'
  | 'date';

export interface GridColumn {
  id: ColumnId;
  label: string;
  variant: CellVariant;
  /** The editable field behind the column, or null for read-only columns. */
  field: EditableField | null;
  size: number;
  minSize: number;
  /** Whether the viewer may hide, move, resize and sort it. */
  isConfigurable: boolean;
}

const labels = gridMessages.columns;

const column = (
  id: ColumnId,
  variant: CellVariant,
  field: EditableField | null,
  size: number,
  isConfigurable = true,
): GridColumn => ({
  id,
  label: labels[id],
  variant,
  field,
  size,
  minSize: Math.min(size, 60),
  isConfigurable,
});

/** Every column in its default order. */
export const GRID_COLUMNS: readonly GridColumn[] = [
  column('select', 'select', null, 76, false),
  column('outcome', 'outcome', null, 320, false),
  column('cover', 'thumbnail', null, 76),
  column('videoId', 'videoId', null, 150),
  column('title', 'text', 'title', 260),
  column('description', 'longText', 'description', 280),
  column('tags', 'tags', 'tags', 220),
  column('category', 'category', 'cateId', 200),
  column('coverUrl', 'text', 'coverUrl', 220),
  column('referenceId', 'text', 'referenceId', 160),
  column('status', 'status', null, 130),
  column('duration', 'duration', null, 96),
  column('modified', 'date', null, 170),
];

export const GRID_COLUMNS_BY_ID: ReadonlyMap<ColumnId, GridColumn> = new Map(
  GRID_COLUMNS.map((c) => [c.id, c]),
);
