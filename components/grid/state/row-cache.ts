import type { Video } from '@/lib/vod';

/**
 * The loaded row of every video the editor has seen in this session, whatever view showed it. Edits are
 * kept per editor, not per view, so an edited video outside the current view still needs its row: for the
 * "Changed only" view and for the draft, which carries each edited row with its edits.
 */
export function createRowCache() {
  const rows = new Map<string, Video>();
  return {
    /** Remembers loaded rows; a later load of the same video replaces the earlier one. */
    remember(videos: readonly Video[]) {
      for (const video of videos) rows.set(video.id, video);
    },
    get: (videoId: string): Video | undefined => rows.get(videoId),
  };
}

export type RowCache = ReturnType<typeof createRowCache>;
