import type { EditableField } from '@/lib/edits/fields';
import type { CellValue, CellWrite } from '../state/edit-store';

export type BulkOperation =
  | { kind: 'addTags'; tags: readonly string[] }
  | { kind: 'removeTags'; tags: readonly string[] }
  | { kind: 'replaceTags'; tags: readonly string[] }
  | { kind: 'setCategory'; cateId: number }
  | { kind: 'findReplace'; fields: readonly ('title' | 'description')[]; replaceIn: (text: string) => string }
  | { kind: 'affix'; prefix: string; suffix: string };

type ValueOf = (videoId: string, field: EditableField) => CellValue | undefined;

/**
 * Plans a bulk action over the given videos: only cells whose value actually changes are written, so
 * the result's length is the live "cells will change" count.
 */
export function planBulk(
  operation: BulkOperation,
  videoIds: Iterable<string>,
  valueAt: ValueOf,
): CellWrite[] {
  const writes: CellWrite[] = [];
  const put = (videoId: string, field: EditableField, next: CellValue, current: CellValue | undefined) => {
    if (current !== undefined && !sameValue(current, next)) writes.push({ videoId, field, value: next });
  };
  for (const videoId of videoIds) {
    switch (operation.kind) {
      case 'addTags': {
        const tags = valueAt(videoId, 'tags') as string[] | undefined;
        if (tags)
          put(videoId, 'tags', [...tags, ...operation.tags.filter((tag) => !tags.includes(tag))], tags);
        break;
      }
      case 'removeTags': {
        const tags = valueAt(videoId, 'tags') as string[] | undefined;
        if (tags)
          put(
            videoId,
            'tags',
            tags.filter((tag) => !operation.tags.includes(tag)),
            tags,
          );
        break;
      }
      case 'replaceTags':
        put(videoId, 'tags', [...operation.tags], valueAt(videoId, 'tags'));
        break;
      case 'setCategory':
        put(videoId, 'cateId', operation.cateId, valueAt(videoId, 'cateId'));
        break;
      case 'findReplace':
        for (const field of operation.fields) {
          const text = valueAt(videoId, field) as string | undefined;
          if (text !== undefined) put(videoId, field, operation.replaceIn(text), text);
        }
        break;
      case 'affix': {
        const title = valueAt(videoId, 'title') as string | undefined;
        if (title !== undefined)
          put(videoId, 'title', `${operation.prefix}${title}${operation.suffix}`, title);
        break;
      }
    }
  }
  return writes;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((tag, i) => tag === b[i]);
  return a === b;
}

/**
 * The fields a bulk action may change (find and replace: the ones searched in); the dialog names them so
 * nothing else is expected to move.
 */
export function bulkFields(
  kind: BulkOperation['kind'],
  searchIn: readonly ('title' | 'description')[] = [],
): readonly EditableField[] {
  switch (kind) {
    case 'addTags':
    case 'removeTags':
    case 'replaceTags':
      return ['tags'];
    case 'setCategory':
      return ['cateId'];
    case 'findReplace':
      return searchIn;
    case 'affix':
      return ['title'];
  }
}

/** One cell of a bulk action's preview: what it holds now and what it will hold. */
export interface BulkSample {
  videoId: string;
  field: EditableField;
  before: CellValue | undefined;
  after: CellValue;
}

export const BULK_SAMPLE_SIZE = 5;

/** The first cells a planned bulk action changes, before → after, for the dialog's preview. */
export function sampleBulk(
  writes: readonly CellWrite[],
  valueAt: ValueOf,
  size = BULK_SAMPLE_SIZE,
): BulkSample[] {
  return writes.slice(0, size).map((write) => ({
    videoId: write.videoId,
    field: write.field,
    before: valueAt(write.videoId, write.field),
    after: write.value,
  }));
}
