import { z } from 'zod';
import { type EditableValues, type FieldChanges, fieldEquals } from '@/lib/edits/fields';
import { LIMITS } from '@/lib/edits/limits';
import { findDuplicateReferenceIds, validateField } from '@/lib/edits/validate';
import { issueMessage } from '@/lib/messages/grid';
import { saveMessages } from '@/lib/messages/save';
import { changedFields } from './conflicts';
import type { BatchItemInput } from './types';

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
const TAG_UNIT_CAP = 4 * LIMITS.tagMaxBytes;
const MAX_TITLE_UNITS = 4 * LIMITS.titleMaxBytes;
const MAX_LABEL_UNITS = 200;
/** The longest note an editor may give a save. */
export const MAX_NOTE_LENGTH = 500;

const fieldValuesSchema = (slack: number) =>
  z
    .strictObject({
      title: z.string().max(slack * LIMITS.titleMaxBytes),
      description: z.string().max(slack * LIMITS.descriptionMaxBytes),
      tags: z.array(z.string().max(slack * TAG_UNIT_CAP)).max(slack * LIMITS.tagsMaxCount),
      cateId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable(),
      coverUrl: z.string().max(slack * LIMITS.coverUrlMaxBytes),
      referenceId: z.string().max(slack * LIMITS.referenceIdMaxLength),
    })
    .partial();

const saveItemSchema = z.strictObject({
  videoId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, saveMessages.invalidVideoId),
  title: z.string().max(MAX_TITLE_UNITS),
  base: fieldValuesSchema(BASE_SLACK),
  changes: fieldValuesSchema(1),
});

export const saveRequestSchema = z.strictObject({
  items: z.array(saveItemSchema).min(1, saveMessages.nothingToSave).max(ABSOLUTE_MAX_ITEMS),
  label: z.string().max(MAX_LABEL_UNITS).optional(),
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
});

export type SaveRequest = z.infer<typeof saveRequestSchema>;

export type SaveCheck =
  | { ok: true; items: BatchItemInput[]; label: string; note: string }
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
export function checkSaveRequest(request: SaveRequest, maxItems: number): SaveCheck {
  if (request.items.length > maxItems) {
    return {
      ok: false,
      code: 'too_large',
      message: saveMessages.tooManyVideos(maxItems, request.items.length),
    };
  }
  const fieldErrors: Record<string, string[]> = {};
  const addError = (key: string, message: string) => {
    fieldErrors[key] = [...(fieldErrors[key] ?? []), message];
  };

  const firstIndex = new Map<string, number>();
  const items: Array<{ index: number; item: BatchItemInput }> = [];
  request.items.forEach((raw, index) => {
    const earlier = firstIndex.get(raw.videoId);
    if (earlier !== undefined) {
      addError(`items.${index}.videoId`, saveMessages.duplicateVideo(raw.videoId, earlier));
      return;
    }
    firstIndex.set(raw.videoId, index);
    const baseFields = changedFields(raw.base);
    const fields = changedFields(raw.changes);
    if (baseFields.length !== fields.length || fields.some((field) => raw.base[field] === undefined)) {
      addError(`items.${index}.base`, saveMessages.baseMismatch);
      return;
    }
    const base: Record<string, unknown> = {};
    const changes: Record<string, unknown> = {};
    for (const field of fields) {
      const before = raw.base[field] as EditableValues[typeof field];
      const after = raw.changes[field] as EditableValues[typeof field];
      if (fieldEquals(field, before, after)) continue;
      const issue = validateField(field, after, before);
      if (issue) addError(`items.${index}.changes.${field}`, issueMessage(issue));
      base[field] = before;
      changes[field] = after;
    }
    if (Object.keys(changes).length === 0) return;
    items.push({
      index,
      item: {
        videoId: raw.videoId,
        title: raw.title,
        base: base as FieldChanges,
        changes: changes as FieldChanges,
      },
    });
  });

  const referenceIds = items.flatMap(({ item }) =>
    item.changes.referenceId !== undefined
      ? [[item.videoId, item.changes.referenceId] as [string, string]]
      : [],
  );
  const duplicates = findDuplicateReferenceIds(referenceIds);
  for (const { index, item } of items) {
    const other = duplicates.get(item.videoId);
    if (other !== undefined) {
      addError(
        `items.${index}.changes.referenceId`,
        issueMessage({ code: 'referenceIdDuplicate', videoId: other }),
      );
    }
  }

  const problems = Object.keys(fieldErrors).length;
  if (problems > 0) {
    return { ok: false, code: 'invalid_input', message: saveMessages.invalidItems(problems), fieldErrors };
  }
  if (items.length === 0) return { ok: false, code: 'invalid_input', message: saveMessages.nothingToSave };
  return {
    ok: true,
    items: items.map(({ item }) => item),
    label: request.label?.trim() ?? '',
    note: request.note?.trim() ?? '',
  };
}
