import { LIMITS, REFERENCE_ID_PATTERN, utf8Bytes } from './limits';

/**
 * Why a value breaks a VOD limit. Codes, not sentences: the UI turns them into messages in the viewer's
 * language, the emulator into VOD-style error messages.
 */
export type FieldIssue =
  | { code: 'required' }
  | { code: 'tooLong'; maxBytes: number; bytes: number }
  | { code: 'tooManyTags'; max: number; count: number }
  | { code: 'tagTooLong'; tag: string; maxBytes: number }
  | { code: 'tagHasComma'; tag: string }
  | { code: 'controlCharacter' }
  | { code: 'referenceIdPattern' }
  | { code: 'referenceIdNotRemovable' }
  | { code: 'referenceIdDuplicate'; videoId: string }
  | { code: 'coverUrlNotHttp' }
  | { code: 'categoryUnknown'; cateId: number }
  | { code: 'categoryNotRemovable' };

// Tab, newline and carriage return are legitimate in descriptions; other C0 controls and DEL are not.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const SINGLE_LINE_CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A text value against its rule: required, single line, at most `maxBytes` UTF-8 bytes. */
export function validateText(
  value: string,
  rule: { required: boolean; maxBytes: number; singleLine: boolean },
): FieldIssue | null {
  if (rule.required && value.trim().length === 0) return { code: 'required' };
  if ((rule.singleLine ? SINGLE_LINE_CONTROL_CHARACTERS : CONTROL_CHARACTERS).test(value)) {
    return { code: 'controlCharacter' };
  }
  const bytes = utf8Bytes(value);
  return bytes > rule.maxBytes ? { code: 'tooLong', maxBytes: rule.maxBytes, bytes } : null;
}

/** A tag list against VOD's count, length and comma rules. */
export function validateTags(tags: string[]): FieldIssue | null {
  if (tags.length > LIMITS.tagsMaxCount)
    return { code: 'tooManyTags', max: LIMITS.tagsMaxCount, count: tags.length };
  for (const tag of tags) {
    if (tag.includes(',')) return { code: 'tagHasComma', tag };
    if (SINGLE_LINE_CONTROL_CHARACTERS.test(tag)) return { code: 'controlCharacter' };
    if (utf8Bytes(tag.trim()) > LIMITS.tagMaxBytes)
      return { code: 'tagTooLong', tag, maxBytes: LIMITS.tagMaxBytes };
  }
  return null;
}

/** A cover URL: absolute http(s) within the byte limit; may stay empty when it was empty. */
export function validateCoverUrl(value: string, base?: string): FieldIssue | null {
  if (value === '' && (base === undefined || base === '')) return null;
  if (utf8Bytes(value) > LIMITS.coverUrlMaxBytes) {
    return { code: 'tooLong', maxBytes: LIMITS.coverUrlMaxBytes, bytes: utf8Bytes(value) };
  }
  return isHttpUrl(value) ? null : { code: 'coverUrlNotHttp' };
}

/** A Reference ID: VOD's pattern; once set it cannot be removed. */
export function validateReferenceId(value: string, base?: string): FieldIssue | null {
  if (value === '') return base ? { code: 'referenceIdNotRemovable' } : null;
  return REFERENCE_ID_PATTERN.test(value) ? null : { code: 'referenceIdPattern' };
}

/** A category: VOD cannot unset one, so null is refused where the video had one. */
export function validateCategory(value: number | null, base?: number | null): FieldIssue | null {
  return value === null && base !== null && base !== undefined ? { code: 'categoryNotRemovable' } : null;
}

/** Whether a string is an absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  if (SINGLE_LINE_CONTROL_CHARACTERS.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * Finds Reference IDs used by more than one video. `entries` maps each video to its (new or current)
 * Reference ID; the result maps each offending video to the other video holding the same ID.
 */
export function findDuplicateReferenceIds(
  entries: Iterable<[videoId: string, referenceId: string]>,
): Map<string, string> {
  const owner = new Map<string, string>();
  const duplicates = new Map<string, string>();
  for (const [videoId, referenceId] of entries) {
    if (referenceId === '') continue;
    const first = owner.get(referenceId);
    if (first === undefined) owner.set(referenceId, videoId);
    else {
      duplicates.set(videoId, first);
      if (!duplicates.has(first)) duplicates.set(first, videoId);
    }
  }
  return duplicates;
}
