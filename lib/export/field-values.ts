import { type EditableField, type EditableValues, fieldDefinition } from '@/lib/edits/fields';

/**
 * A field's value as one line of text, the same in the history table and in CSV: VOD's own form (tags
 * comma-separated, the category as its id); '' when absent.
 */
export function formatFieldValue<F extends EditableField>(
  field: F,
  value: EditableValues[F] | undefined,
): string {
  if (value === undefined) return '';
  return String(fieldDefinition(field).toWire(value) ?? '');
}
