import type { WireVideo, WireVideoNested } from '@/lib/vod-wire/shapes';

/** Snapshot URLs are derived from the VideoId rather than stored, to keep 200,000 records small. */
export function snapshotsOf(video: WireVideo): string[] {
  if (video.Duration === undefined) return [];
  const seed = video.VideoId.slice(0, 12);
  return [1, 2, 3].map((n) => `https://picsum.photos/seed/${seed}-${n}/640/360`);
}

const flatJsonCache = new WeakMap<WireVideo, string>();

/** flatVideo as JSON, cached per record (records are immutable, so a change is a new cache key). */
export function flatVideoJson(video: WireVideo): string {
  let json = flatJsonCache.get(video);
  if (json === undefined) {
    json = JSON.stringify(flatVideo(video));
    flatJsonCache.set(video, json);
  }
  return json;
}

/** GetVideoInfos and SearchMedia shape: flat `Snapshots`. */
export function flatVideo(video: WireVideo): WireVideo {
  return { ...video, Snapshots: snapshotsOf(video) };
}

/** GetVideoInfo and GetVideoList shape: `Snapshots: {Snapshot: [...]}`. */
export function nestedVideo(video: WireVideo): WireVideoNested {
  return { ...video, Snapshots: { Snapshot: snapshotsOf(video) } };
}
