import type { ItemResult, PendingItem, SendingItem } from '@/lib/db/queries/batches';
import { changedFields, type EditableValues, type FieldChanges, fieldEquals } from '@/lib/edits/fields';
import { storableText } from '@/lib/edits/storable';
import { applyTagOperation, satisfiesTagOperation } from '@/lib/edits/tag-ops';
import { findConflict, pickFields } from './conflicts';

/** An item a run holds, and whether an update carrying it may already have reached VOD. */
export interface HeldItem {
  item: PendingItem;
  sent: boolean;
}

/** VOD's values as the store would keep them, so stored bases compare equal to what they came from. */
function storableValues(video: EditableValues): EditableValues {
  return {
    ...video,
    title: storableText(video.title),
    description: storableText(video.description),
    tags: video.tags.map(storableText),
    coverUrl: storableText(video.coverUrl),
    referenceId: storableText(video.referenceId),
  };
}

/** The absolute changes of an item: a tag operation's list is worked out from VOD's tags instead. */
function absoluteChanges(item: PendingItem): FieldChanges {
  if (!item.tagOps) return item.changes;
  const { tags: _resolved, ...rest } = item.changes;
  return rest;
}

/**
 * What a read of VOD (a pre-read, or the read-back after an answer that never arrived) means for each held
 * item: gone (not_found), changed by someone else since the editor loaded it (conflict), already holding
 * what an earlier, unanswered update sent (updated), or to be sent now with VOD's values as its "before"
 * and its tag operation applied to VOD's tags.
 */
export function classifyRead(
  items: readonly HeldItem[],
  videos: ReadonlyMap<string, EditableValues>,
): { settled: ItemResult[]; sending: SendingItem[] } {
  const settled: ItemResult[] = [];
  const sending: SendingItem[] = [];
  for (const { item, sent } of items) {
    const read = videos.get(item.videoId);
    if (!read) {
      settled.push({ itemId: item.id, status: 'not_found' });
      continue;
    }
    const video = storableValues(read);
    const absolute = absoluteChanges(item);
    const fields = changedFields({ ...absolute, ...(item.tagOps ? { tags: [] } : {}) });
    const applied =
      changedFields(absolute).every((field) =>
        fieldEquals(field, absolute[field] as EditableValues[typeof field], video[field]),
      ) &&
      (!item.tagOps || satisfiesTagOperation(video.tags, item.tagOps));
    if (sent && applied) {
      settled.push({ itemId: item.id, status: 'updated' });
      continue;
    }
    if (findConflict({ base: item.base, changes: absolute }, video)) {
      settled.push({ itemId: item.id, status: 'conflict', current: pickFields(video, fields) });
      continue;
    }
    sending.push({
      itemId: item.id,
      videoId: item.videoId,
      before: pickFields(video, fields),
      changes: item.tagOps ? { ...absolute, tags: applyTagOperation(video.tags, item.tagOps) } : absolute,
    });
  }
  return { settled, sending };
}
