import type { Video } from '@/lib/vod';

/**
 * One line of the /api/videos NDJSON stream. `total` is what the view holds at most (SearchMedia's Total,
 * or an ID list's length); `missingIds` are IDs of a list that VOD did not return.
 */
export type VideoStreamLine =
  | { type: 'page'; videos: Video[]; total: number; missingIds?: string[] }
  | { type: 'done' }
  | { type: 'error'; code: string };
