import { type EditableField, type EditableValues, formatTags } from '@/lib/edits/fields';

/** A field's value as one line of text, the same in the history table and in CSV; '' when absent. */
export function formatFieldValue<F extends EditableField>(
  field: F,
  value: EditableValues[F] | undefined,
): string {
  if (value === undefined || value === null) return '';
  if (field === 'tags') return formatTags(value as string[]);
  return String(value);
}
