import { formatTags, parseTags } from '@/lib/edits/fields';
import type { ReadVideo } from './schemas';
import type { CategoryNode, Video, VideoChange } from './types';
import type { WireCategory, WireUpdateItem } from './wire';

/** A VOD video as the app models it: tags as a list, absent text as '', no category as null. */
export function reshapeVideo(wire: ReadVideo): Video {
  return {
    id: wire.VideoId,
    title: wire.Title,
    description: wire.Description ?? '',
    tags: parseTags(wire.Tags ?? ''),
    cateId: wire.CateId === undefined || wire.CateId === -1 ? null : wire.CateId,
    coverUrl: wire.CoverURL ?? '',
    referenceId: wire.ReferenceId ?? '',
    cateName: wire.CateName ?? null,
    status: wire.Status,
    durationSec: wire.Duration ?? null,
    sizeBytes: wire.Size ?? null,
    creationTime: wire.CreationTime,
    modificationTime: wire.ModificationTime ?? null,
  };
}

/**
 * One UpdateContent item for a change. Only changed fields are present; a null category is left out
 * because VOD cannot unset one.
 */
export function reshapeChange(change: VideoChange): WireUpdateItem {
  const { title, description, tags, cateId, coverUrl, referenceId } = change.changes;
  const item: WireUpdateItem = { VideoId: change.videoId };
  if (title !== undefined) item.Title = title;
  if (description !== undefined) item.Description = description;
  if (tags !== undefined) item.Tags = formatTags(tags.map((tag) => tag.trim()));
  if (coverUrl !== undefined) item.CoverURL = coverUrl;
  if (cateId !== undefined && cateId !== null) item.CateId = cateId;
  if (referenceId !== undefined) item.ReferenceId = referenceId;
  return item;
}

/** A category node without children yet, its path extended from its parent's. */
export function reshapeCategory(wire: WireCategory, parentPath: readonly string[]): CategoryNode {
  return {
    id: wire.CateId,
    name: wire.CateName,
    level: wire.Level,
    parentId: wire.ParentId,
    path: [...parentPath, wire.CateName],
    children: [],
  };
}
