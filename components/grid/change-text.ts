import type { EditableField, FieldChanges } from '@/lib/edits/fields';
import { gridMessages } from '@/lib/messages/grid';
import type { CategoryIndex } from './categories';
import { formatValue } from './cell-values';
import type { CellValue } from './edit-store';

/** Field names as the grid's column headers show them. */
export const FIELD_LABELS: Record<EditableField, string> = {
  title: gridMessages.columns.title,
  description: gridMessages.columns.description,
  tags: gridMessages.columns.tags,
  cateId: gridMessages.columns.category,
  coverUrl: gridMessages.columns.coverUrl,
  referenceId: gridMessages.columns.referenceId,
};

/** A value for before/after displays, with a visible marker for empty. */
export function changeText(
  field: EditableField,
  value: CellValue | undefined,
  categories: CategoryIndex,
): string {
  const text = formatValue(field, value, categories);
  return text === '' ? gridMessages.review.empty : text;
}

export const changedFields = (changes: FieldChanges): EditableField[] =>
  Object.keys(changes) as EditableField[];
