import type { Video } from '@/lib/vod';

/** One line of the /api/videos NDJSON stream. */
export type VideoStreamLine =
  | { type: 'page'; videos: Video[]; total: number }
  | { type: 'done' }
  | { type: 'error'; code: string };
