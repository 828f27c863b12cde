import { z } from 'zod';
import type { NewBatchItem } from '@/lib/db/queries/batches';
import {
  changedFields,
  type EditableValues,
  FIELDS,
  type FieldChanges,
  fieldChangesSchema,
  fieldEquals,
  validateField,
} from '@/lib/edits/fields';
import { LIMITS, SAVE_NOTE_MAX_LENGTH } from '@/lib/edits/limits';
import type { TagOperation } from '@/lib/edits/tag-ops';
import { findDuplicateReferenceIds } from '@/lib/edits/validate';
import { issueText } from '@/lib/i18n/issue-text';
import { en } from '@/lib/i18n/messages/en';
import type { Translator } from '@/lib/i18n/translator';

/**
 * The save request as the browser sends it, checked twice: structurally here (strict objects, string
 * lengths capped before any byte is counted), then against VOD's limits by checkSaveRequest. Nothing the
 * browser computed is trusted.
 */

// The most a save may ever hold whatever MAX_SAVE_VIDEOS says (lib/config caps it there too); it bounds
// the work of parsing before the configured cap is applied.
const ABSOLUTE_MAX_ITEMS = 1_000_000;
// New values are capped at their byte limit in UTF-16 units: a string never has fewer UTF-8 bytes than
// units, so nothing valid is refused. Base values come from VOD and get generous room.
const BASE_SLACK = 4;
const MAX_TITLE_UNITS = 4 * LIMITS.titleMaxBytes;
const MAX_LABEL_UNITS = 200;
/** The longest note an editor may give a save. */

const tagListSchema = FIELDS.tags.schema(1);

const saveItemSchema = z.strictObject({
  videoId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, en.save.invalidVideoId),
  title: z.string().max(MAX_TITLE_UNITS),
  base: fieldChangesSchema(BASE_SLACK),
  changes: fieldChangesSchema(1),
  /** "Add tags"/"Remove tags": applied to VOD's tags just before the update, instead of `changes.tags`. */
  tagOps: z.strictObject({ add: tagListSchema, remove: tagListSchema }).nullable().optional(),
});

// The browser never sends these two (the grid checks first), so the schema, built once, words them in English.
export const saveRequestSchema = z.strictObject({
  items: z.array(saveItemSchema).min(1, en.save.nothingToSave).max(ABSOLUTE_MAX_ITEMS),
  label: z.string().max(MAX_LABEL_UNITS).optional(),
  note: z.string().max(SAVE_NOTE_MAX_LENGTH).optional(),
});

export type SaveRequest = z.infer<typeof saveRequestSchema>;

// The store refuses NUL in text and JSON alike; a value holding one is refused for its video alone.
const NUL = '\u0000';
const holdsNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes(NUL)
    : Array.isArray(value)
      ? value.some(holdsNul)
      : typeof value === 'object' && value !== null && Object.values(value).some(holdsNul);

export type SaveCheck =
  | { ok: true; items: NewBatchItem[]; label: string; note: string }
  | {
      ok: false;
      code: 'too_large' | 'invalid_input';
      message: string;
      fieldErrors?: Record<string, string[]>;
    };

/**
 * Checks a structurally valid request against the configured cap, duplicate videos, VOD's limits and
 * duplicate Reference IDs. Fields whose new value equals the base are dropped, and so are items left
 * without a change. Field errors are keyed like the structural ones: `items.<index>.changes.<field>`.
 */
export function checkSaveRequest(request: SaveRequest, maxItems: number, t: Translator): SaveCheck {
  if (request.items.length > maxItems) {
    return {
      ok: false,
      code: 'too_large',
      message: t('save.tooManyVideos', { max: maxItems, actual: request.items.length }),
    };
  }
  const fieldErrors: Record<string, string[]> = {};
  const addError = (key: string, message: string) => {
    fieldErrors[key] = [...(fieldErrors[key] ?? []), message];
  };

  const firstIndex = new Map<string, number>();
  const items: Array<{ index: number; item: NewBatchItem }> = [];
  request.items.forEach((raw, index) => {
    const earlier = firstIndex.get(raw.videoId);
    if (earlier !== undefined) {
      addError(
        `items.${index}.videoId`,
        t('save.duplicateVideo', { videoId: raw.videoId, first: earlier + 1 }),
      );
      return;
    }
    firstIndex.set(raw.videoId, index);
    const baseFields = changedFields(raw.base);
    const fields = changedFields(raw.changes);
    if (baseFields.length !== fields.length || fields.some((field) => raw.base[field] === undefined)) {
      addError(`items.${index}.base`, t('save.baseMismatch'));
      return;
    }
    const tagOps = raw.tagOps ? normalizeTagOps(raw.tagOps) : null;
    if (tagOps && raw.changes.tags !== undefined) {
      addError(`items.${index}.tagOps`, t('save.tagOpsWithTags'));
      return;
    }
    const unstorable = [...fields, ...(tagOps ? ['tags' as const] : [])].find((field) =>
      holdsNul(field === 'tags' && tagOps ? tagOps : raw.changes[field]),
    );
    if (unstorable) {
      items.push({
        index,
        item: {
          videoId: raw.videoId,
          title: raw.title,
          base: raw.base,
          changes: raw.changes,
          tagOps,
          rejection: {
            code: REJECTED_CODE,
            message: t('save.nulCharacter', { field: t(`fields.labels.${unstorable}`).toLowerCase() }),
          },
        },
      });
      return;
    }
    if (tagOps) {
      const issue = validateField('tags', tagOps.add);
      if (issue) addError(`items.${index}.tagOps.add`, issueText(t, 'tags', issue));
    }
    const base: Record<string, unknown> = {};
    const changes: Record<string, unknown> = {};
    for (const field of fields) {
      const before = raw.base[field] as EditableValues[typeof field];
      const after = raw.changes[field] as EditableValues[typeof field];
      if (fieldEquals(field, before, after)) continue;
      const issue = validateField(field, after, before);
      if (issue) addError(`items.${index}.changes.${field}`, issueText(t, field, issue));
      base[field] = before;
      changes[field] = after;
    }
    if (Object.keys(changes).length === 0 && !tagOps) return;
    items.push({
      index,
      item: {
        videoId: raw.videoId,
        title: raw.title,
        base: base as FieldChanges,
        changes: changes as FieldChanges,
        tagOps,
      },
    });
  });

  const referenceIds = items.flatMap(({ item }) =>
    item.changes.referenceId !== undefined && !item.rejection
      ? [[item.videoId, item.changes.referenceId] as [string, string]]
      : [],
  );
  const duplicates = findDuplicateReferenceIds(referenceIds);
  for (const { index, item } of items) {
    const other = duplicates.get(item.videoId);
    if (other !== undefined) {
      addError(
        `items.${index}.changes.referenceId`,
        issueText(t, 'referenceId', { code: 'referenceIdDuplicate', videoId: other }),
      );
    }
  }

  const problems = Object.keys(fieldErrors).length;
  if (problems > 0) {
    return {
      ok: false,
      code: 'invalid_input',
      message: t('save.invalidItems', { fields: problems }),
      fieldErrors,
    };
  }
  if (items.length === 0) return { ok: false, code: 'invalid_input', message: t('save.nothingToSave') };
  return {
    ok: true,
    items: items.map(({ item }) => item),
    label: request.label?.trim() ?? '',
    note: request.note?.trim() ?? '',
  };
}

/** The error code an item refused on its own carries in the batch. */
export const REJECTED_CODE = 'InvalidCharacter';

function normalizeTagOps(raw: { add: string[]; remove: string[] }): TagOperation | null {
  const clean = (tags: string[]) => [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  const op = { add: clean(raw.add), remove: clean(raw.remove) };
  return op.add.length > 0 || op.remove.length > 0 ? op : null;
}
