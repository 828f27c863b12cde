import { type EditableField, FIELDS } from '@/lib/edits/fields';
import type { ConfigurableColumnId } from './state/preferences';

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

/** A column's name in the catalog: an editable field's label, or the grid's name for a read-only column. */
export type ColumnLabelKey = `fields.labels.${EditableField}` | `grid.columns.${ReadOnlyColumnId}`;

export interface GridColumn {
  id: ColumnId;
  /** Translated where it is shown, so the column (and the table built on it) never changes with the language. */
  labelKey: ColumnLabelKey;
  variant: CellVariant;
  /** The editable field behind the column, or null for read-only columns. */
  field: EditableField | null;
  size: number;
  minSize: number;
  /** Whether the viewer may hide, move, resize and sort it. */
  isConfigurable: boolean;
  /** Whether it stays in view at the left when the grid scrolls sideways (row headers always do). */
  isPinned: boolean;
}

type ReadOnlyColumnId = Exclude<ColumnId, FieldColumnId>;

/** The column of each editable field; every field has one (the type says so). */
const FIELD_COLUMN_IDS = {
  title: 'title',
  description: 'description',
  tags: 'tags',
  cateId: 'category',
  coverUrl: 'coverUrl',
  referenceId: 'referenceId',
} as const satisfies Record<EditableField, ConfigurableColumnId>;

type FieldColumnId = (typeof FIELD_COLUMN_IDS)[EditableField];

const readOnlyColumn = (
  id: ReadOnlyColumnId,
  variant: CellVariant,
  size: number,
  isConfigurable = true,
): GridColumn => ({
  id,
  labelKey: `grid.columns.${id}`,
  variant,
  field: null,
  size,
  minSize: Math.min(size, 60),
  isConfigurable,
  isPinned: !isConfigurable,
});

// An editable column takes its label and cell kind from the field registry.
const fieldColumn = (field: EditableField, size: number): GridColumn => ({
  id: FIELD_COLUMN_IDS[field],
  labelKey: `fields.labels.${field}`,
  variant: FIELDS[field].editor,
  field,
  size,
  minSize: Math.min(size, 60),
  isConfigurable: true,
  isPinned: false,
});

/** Every column in its default order. */
export const GRID_COLUMNS: readonly GridColumn[] = [
  readOnlyColumn('select', 'select', 76, false),
  readOnlyColumn('outcome', 'outcome', 320, false),
  readOnlyColumn('cover', 'thumbnail', 76),
  readOnlyColumn('videoId', 'videoId', 150),
  fieldColumn('title', 260),
  fieldColumn('description', 280),
  fieldColumn('tags', 220),
  fieldColumn('cateId', 200),
  fieldColumn('coverUrl', 220),
  fieldColumn('referenceId', 160),
  readOnlyColumn('status', 'status', 130),
  readOnlyColumn('duration', 'duration', 96),
  readOnlyColumn('modified', 'date', 170),
];

export const GRID_COLUMNS_BY_ID: ReadonlyMap<ColumnId, GridColumn> = new Map(
  GRID_COLUMNS.map((c) => [c.id, c]),
);
