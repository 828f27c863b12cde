import {
  changedFields,
  type EditableField,
  type EditableValues,
  type FieldChanges,
  fieldEquals,
} from '@/lib/edits/fields';

/** The values of the given fields in a full set of values. */
export function pickFields(values: EditableValues, fields: readonly EditableField[]): FieldChanges {
  const picked: Record<string, unknown> = {};
  for (const field of fields) picked[field] = values[field];
  return picked as FieldChanges;
}

/**
 * Whether someone else changed a video since the editor loaded it. A field conflicts when VOD's value
 * differs from the base and is not already the editor's new value (a re-sent change, e.g. after a crash,
 * is not a conflict). Returns VOD's values of every changed field on a conflict, else null.
 */
export function findConflict(
  item: { base: FieldChanges; changes: FieldChanges },
  current: EditableValues,
): FieldChanges | null {
  const fields = changedFields(item.changes);
  const conflicts = fields.some((field) => {
    const now = current[field];
    const base = item.base[field];
    const wanted = item.changes[field] as EditableValues[typeof field];
    return (
      (base === undefined || !fieldEquals(field, base as typeof now, now)) && !fieldEquals(field, wanted, now)
    );
  });
  return conflicts ? pickFields(current, fields) : null;
}
