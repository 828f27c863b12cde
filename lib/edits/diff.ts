import { EDITABLE_FIELDS, type EditableValues, type FieldChanges, fieldEquals } from './fields';

/** The fields whose current value differs from the base, with their current values. */
export function diffValues(base: EditableValues, current: EditableValues): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of EDITABLE_FIELDS) {
    if (!fieldEquals(field, base[field], current[field])) {
      (changes as Record<string, unknown>)[field] = current[field];
    }
  }
  return changes;
}

/** Applies changes on top of a base, returning a new object. */
export function applyChanges(base: EditableValues, changes: FieldChanges): EditableValues {
  return { ...base, ...changes };
}

/** Tags added and removed between two tag lists, for review displays. */
export function diffTags(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[] } {
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  return {
    added: after.filter((tag) => !beforeSet.has(tag)),
    removed: before.filter((tag) => !afterSet.has(tag)),
  };
}
