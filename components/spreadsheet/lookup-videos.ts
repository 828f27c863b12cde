import { LOOKUP_MAX_IDS, type LookupResponse } from '@/lib/spreadsheet/lookup';
import type { Video } from '@/lib/vod';

/** Looks up videos the grid has not loaded through /api/videos/lookup, a thousand IDs per request. */
export async function lookUpVideos(
  ids: { videoIds: readonly string[]; referenceIds: readonly string[] },
  signal: AbortSignal,
): Promise<Video[]> {
  const videos: Video[] = [];
  const requests = Math.max(
    Math.ceil(ids.videoIds.length / LOOKUP_MAX_IDS),
    Math.ceil(ids.referenceIds.length / LOOKUP_MAX_IDS),
  );
  for (let i = 0; i < requests; i++) {
    const slice = (list: readonly string[]) => list.slice(i * LOOKUP_MAX_IDS, (i + 1) * LOOKUP_MAX_IDS);
    const response = await fetch('/api/videos/lookup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ videoIds: slice(ids.videoIds), referenceIds: slice(ids.referenceIds) }),
      signal,
    });
    if (!response.ok) throw new Error(`lookup_http_${response.status}`);
    videos.push(...((await response.json()) as LookupResponse).videos);
  }
  return videos;
}
