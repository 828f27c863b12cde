/**
 * The editable metadata of a video as the app models it. Tags are a list here and a comma-separated
 * string on the wire; lib/vod reshapes between the two.
 */

export const EDITABLE_FIELDS = ['title', 'description', 'tags', 'cateId', 'coverUrl', 'referenceId'] as const;

export type EditableField = (typeof EDITABLE_FIELDS)[number];

export interface EditableValues {
  title: string;
  description: string;
  tags: string[];
  /** null when the video has no category; VOD cannot unset one, so null is never sent. */
  cateId: number | null;
  coverUrl: string;
  referenceId: string;
}

/** Only the fields that change, as sent to UpdateVideoInfos. */
export type FieldChanges = Partial<EditableValues>;

/** Splits a comma-separated tag string the way VOD stores it: trimmed, empty pieces dropped. */
export function parseTags(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
}

/** Joins tags into VOD's comma-separated form. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(',');
}

/** Whether two values of the same field are equal (tags compare as ordered lists of trimmed tags). */
export function fieldEquals<F extends EditableField>(
  field: F,
  a: EditableValues[F],
  b: EditableValues[F],
): boolean {
  if (field === 'tags') {
    const left = a as string[];
    const right = b as string[];
    return left.length === right.length && left.every((tag, i) => tag.trim() === right[i]!.trim());
  }
  return a === b;
}
