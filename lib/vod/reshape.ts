import { changesToWire, valuesFromWire } from '@/lib/edits/fields';
import type { WireCategory, WireUpdateItem } from '@/lib/vod-wire/shapes';
import type { ReadVideo } from './schemas';
import type { CategoryNode, Video, VideoChange } from './types';

/** A VOD video as the app models it: tags as a list, absent text as '', no category as null. */
export function reshapeVideo(wire: ReadVideo): Video {
  return {
    id: wire.VideoId,
    ...valuesFromWire(wire),
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
  return { VideoId: change.videoId, ...changesToWire(change.changes) };
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
