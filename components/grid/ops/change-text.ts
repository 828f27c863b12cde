import type { EditableField } from '@/lib/edits/fields';
import type { Translator } from '@/lib/i18n/translator';
import type { CellValue } from '../state/edit-store';
import type { CategoryIndex } from './categories';
import { formatValue } from './cell-values';

/** A value for before/after displays, with a visible marker for empty. */
export function changeText(
  t: Translator,
  field: EditableField,
  value: CellValue | undefined,
  categories: CategoryIndex,
): string {
  const text = formatValue(field, value, categories);
  return text === '' ? t('fields.empty') : text;
}
