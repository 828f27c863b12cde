import type { Video } from '@/lib/vod';

/** IDs of each kind per lookup request; the import sends more in several requests. */
export const LOOKUP_MAX_IDS = 1_000;

/** What POST /api/videos/lookup answers. */
export interface LookupResponse {
  videos: Video[];
  missingVideoIds: string[];
  missingReferenceIds: string[];
}
