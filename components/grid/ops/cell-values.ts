import { type EditableField, fieldDefinition } from '@/lib/edits/fields';
import type { Locale } from '@/lib/i18n/locales';
import type { Translator } from '@/lib/i18n/translator';
import type { Video } from '@/lib/vod';
import type { GridColumn } from '../columns';
import type { CellValue } from '../state/edit-store';
import type { CategoryIndex } from './categories';
import { formatDateTime, formatDuration } from './format';

/** An editable value as text: what the editor starts with and what is copied. */
export function formatValue(
  field: EditableField,
  value: CellValue | undefined,
  categories: CategoryIndex,
): string {
  if (value === undefined) return '';
  return fieldDefinition(field).format(value as never, categories.text);
}

/**
 * Reads typed or pasted text as a field value. Categories may be given by id, path or unique name;
 * text naming no category is refused so a paste never invents one.
 */
export function parseValue(
  field: EditableField,
  text: string,
  categories: CategoryIndex,
): { ok: true; value: CellValue } | { ok: false } {
  // A category is the one field whose empty text is a value (none) yet whose other text may name nothing.
  if (field === 'cateId' && text.trim() === '') return { ok: true, value: null };
  const value = fieldDefinition(field).parse(text, categories.text);
  return value === null ? { ok: false } : { ok: true, value };
}

/** The value a cleared cell takes. */
export function emptyValue(field: EditableField): CellValue {
  return fieldDefinition(field).empty;
}

/** A cell as text for copying: editable cells use their current value, read-only ones what they show. */
export function cellText(
  column: GridColumn,
  video: Video,
  valueAt: (field: EditableField) => CellValue | undefined,
  categories: CategoryIndex,
  { t, locale }: { t: Translator; locale: Locale },
): string {
  if (column.field) return formatValue(column.field, valueAt(column.field), categories);
  switch (column.variant) {
    case 'videoId':
      return video.id;
    case 'thumbnail':
      return (valueAt('coverUrl') as string | undefined) ?? '';
    case 'status':
      return t(`grid.statuses.${video.status}`);
    case 'duration':
      return formatDuration(video.durationSec);
    case 'date':
      return formatDateTime(video.modificationTime ?? video.creationTime, locale);
    default:
      return '';
  }
}
