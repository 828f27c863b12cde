import type { EditableField } from '@/lib/edits/fields';
import { fieldMessages } from '@/lib/messages/fields';
import type { CategoryIndex } from './categories';
import { formatValue } from './cell-values';
import type { CellValue } from './edit-store';

/** A value for before/after displays, with a visible marker for empty. */
export function changeText(
  field: EditableField,
  value: CellValue | undefined,
  categories: CategoryIndex,
): string {
  const text = formatValue(field, value, categories);
  return text === '' ? fieldMessages.empty : text;
}
