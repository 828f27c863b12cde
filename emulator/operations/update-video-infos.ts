import { z } from 'zod';
import { EDITABLE_FIELDS, type EditableField, FIELDS, validateField } from '@/lib/edits/fields';
import { LIMITS } from '@/lib/edits/limits';
import { type FieldIssue, findDuplicateReferenceIds } from '@/lib/edits/validate';
import type { WireUpdateItem, WireUpdateVideoInfosResponse, WireVideo } from '@/lib/vod-wire/shapes';
import { locateItem } from '../decisions';
import { vodErrors } from '../errors';
import { CATEGORIES } from '../store/categories';
import type { Library } from '../store/library';
import { formatWireTime } from '../time';
import type { Operation } from './context';
import { describeIssue } from './field-issues';

// Keys VOD does not know are ignored, as the service does; known keys must have the documented types.
const itemSchema = z.object({
  VideoId: z.string({ error: 'must be a string' }).optional(),
  ...Object.fromEntries(
    EDITABLE_FIELDS.map((field) => [FIELDS[field].wireKey, FIELDS[field].wireSchema.optional()]),
  ),
}) as unknown as z.ZodType<UpdateItem>;
type UpdateItem = WireUpdateItem;

// Fields that are plainly overwritten with their normalised wire value; the category also renames the
// video's category and the Reference ID doubles as a locator, so both are handled on their own.
const OVERWRITTEN_FIELDS = EDITABLE_FIELDS.filter(
  (field): field is Exclude<EditableField, 'cateId' | 'referenceId'> =>
    field !== 'cateId' && field !== 'referenceId',
);

/**
 * UpdateVideoInfos (seed document + docs/vod-api.md §13): every item is checked before anything changes, so a
 * request applies all permitted items or none. Unknown and forbidden IDs are listed per item (HTTP 200).
 */
export const updateVideoInfos: Operation = async ({
  params,
  store,
  now,
}): Promise<Omit<WireUpdateVideoInfosResponse, 'RequestId'>> => {
  const items = parseUpdateContent(params.get('UpdateContent'));
  const library = store.library;
  const forbidden = new Set<string>();
  const missingVideoIds = new Set<string>();
  const missingReferenceIds = new Set<string>();
  const pending = new Map<string, WireVideo>();
  const referenceSetBy = new Map<string, number>();

  items.forEach((item, index) => {
    checkValues(item, index);
    const locator = locateItem(item.VideoId, item.ReferenceId);
    if (locator.by === 'none')
      throw invalidItem(index, 'VideoId', 'is required when ReferenceId is not given');
    const videoId =
      locator.by === 'videoId' ? locator.videoId : library.videoIdOfReference(locator.referenceId);
    if (videoId === undefined || !library.get(videoId)) {
      if (locator.by === 'videoId') missingVideoIds.add(locator.videoId);
      else missingReferenceIds.add(locator.referenceId);
      return;
    }
    if (library.isForbidden(videoId)) {
      forbidden.add(videoId);
      return;
    }
    const stored = library.get(videoId)!;
    const next: WireVideo = { ...(pending.get(videoId) ?? stored) };
    if (item.CoverURL !== undefined) {
      check(index, 'CoverURL', validateField('coverUrl', item.CoverURL, stored.CoverURL ?? ''));
    }
    for (const field of OVERWRITTEN_FIELDS) {
      const { wireKey, fromWire, toWire } = FIELDS[field];
      if (item[wireKey] === undefined) continue;
      Object.assign(next, { [wireKey]: toWire(fromWire(item) as never) });
    }
    if (item.CateId !== undefined) {
      next.CateId = item.CateId;
      next.CateName = CATEGORIES.get(item.CateId)!.CateName;
    }
    if (locator.by === 'videoId' && locator.newReferenceId !== undefined) {
      check(
        index,
        'ReferenceId',
        validateField('referenceId', locator.newReferenceId, stored.ReferenceId ?? ''),
      );
      if (locator.newReferenceId !== '') {
        next.ReferenceId = locator.newReferenceId;
        referenceSetBy.set(videoId, index);
      }
    }
    pending.set(videoId, next);
  });
  checkReferenceIdsUnique(library, pending, referenceSetBy);

  if (pending.size > 0) {
    const modified = formatWireTime(now);
    await store.putVideos([...pending.values()].map((video) => ({ ...video, ModificationTime: modified })));
  }
  return {
    ForbiddenVideoIds: [...forbidden],
    NonExistVideoIds: [...missingVideoIds],
    NonExistReferenceIds: [...missingReferenceIds],
  };
};

function parseUpdateContent(raw: string | undefined): UpdateItem[] {
  if (raw === undefined || raw.trim() === '') throw vodErrors.missingParameter('UpdateContent');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw vodErrors.invalidParameter('The specified parameter UpdateContent is not valid: it is not JSON.');
  }
  if (!Array.isArray(parsed)) {
    throw vodErrors.invalidParameter(
      'The specified parameter UpdateContent is not valid: it must be a JSON array.',
    );
  }
  if (parsed.length > LIMITS.updateItemsPerCall)
    throw vodErrors.countExceededMax(LIMITS.updateItemsPerCall, parsed.length);
  return parsed.map((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw vodErrors.invalidParameter(
        `The specified parameter UpdateContent is not valid: UpdateContent[${index}] must be an object.`,
      );
    }
    const result = itemSchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw invalidItem(index, String(issue.path[0] ?? ''), issue.message);
    }
    return result.data;
  });
}

/** Limits that do not depend on the stored video, checked for every item, found or not. */
function checkValues(item: UpdateItem, index: number): void {
  for (const field of ['title', 'description', 'tags'] as const) {
    const { wireKey, fromWire } = FIELDS[field];
    if (item[wireKey] !== undefined) check(index, wireKey, validateField(field, fromWire(item) as never));
  }
  if (item.CateId !== undefined && !CATEGORIES.get(item.CateId)) {
    check(index, 'CateId', { code: 'categoryUnknown', cateId: item.CateId });
  }
  if (item.VideoId !== undefined && item.ReferenceId !== undefined && item.ReferenceId !== '') {
    check(index, 'ReferenceId', validateField('referenceId', item.ReferenceId));
  }
}

/** Judged on the state after the whole request, so two items may swap Reference IDs between videos. */
function checkReferenceIdsUnique(
  library: Library,
  pending: Map<string, WireVideo>,
  setBy: Map<string, number>,
): void {
  const duplicates = findDuplicateReferenceIds(
    [...pending.values()].map((v) => [v.VideoId, v.ReferenceId ?? '']),
  );
  for (const [videoId, index] of setBy) {
    const referenceId = pending.get(videoId)!.ReferenceId!;
    const clash = duplicates.get(videoId);
    const owner = library.videoIdOfReference(referenceId);
    const takenBy =
      clash ?? (owner !== undefined && owner !== videoId && !pending.has(owner) ? owner : undefined);
    if (takenBy !== undefined)
      check(index, 'ReferenceId', { code: 'referenceIdDuplicate', videoId: takenBy });
  }
}

function check(index: number, field: string, issue: FieldIssue | null): void {
  if (issue) throw invalidItem(index, field, describeIssue(issue));
}

function invalidItem(index: number, field: string, problem: string) {
  return vodErrors.invalidParameter(
    `The specified parameter UpdateContent is not valid: UpdateContent[${index}].${field} ${problem}.`,
  );
}
