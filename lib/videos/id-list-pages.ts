import 'server-only';
import { getVideoIdList } from '@/lib/db/queries/video-id-lists';
import { LIMITS } from '@/lib/edits/limits';
import type { Video, VideoFilter, VideoPage } from '@/lib/vod';
import { searchVideos } from '@/lib/vod';
import type { IdListView } from './id-list';

/** IDs looked up per SearchMedia call: one `VideoId in (…)` clause, one full page of results. */
const IDS_PER_PAGE = Math.min(LIMITS.searchVideoIdsPerClause, LIMITS.searchPageSizeMax);

export interface IdListPage {
  videos: Video[];
  /** IDs of this page that VOD did not return: unknown, or not matching the rest of the filter. */
  missingIds: string[];
  /** Where the next page starts in the list; null after the last. */
  nextOffset: number | null;
}

/**
 * One page of an ID list view: the videos of the list's next IDs that match the rest of the filter, in the
 * order they were pasted. A list of any length is read this way, 100 IDs per call, instead of one Match
 * expression too long for VOD.
 */
export async function searchIdListPage(
  filter: VideoFilter,
  ids: readonly string[],
  offset: number,
  signal?: AbortSignal,
): Promise<IdListPage> {
  const slice = ids.slice(offset, offset + IDS_PER_PAGE);
  const end = offset + slice.length;
  if (slice.length === 0) return { videos: [], missingIds: [], nextOffset: null };
  const page = await searchVideos({ ...filter, videoIds: slice }, { pageSize: IDS_PER_PAGE, signal });
  const byId = new Map(page.videos.map((video) => [video.id, video]));
  return {
    videos: slice.flatMap((id) => byId.get(id) ?? []),
    missingIds: slice.filter((id) => !byId.has(id)),
    nextOffset: end < ids.length ? end : null,
  };
}

/**
 * Opens the view of a user's saved ID list: its first page and the list with its report. A token naming no
 * list of this user opens an empty view that says so.
 */
export async function openIdListView(
  userId: string,
  token: string,
  filter: VideoFilter,
): Promise<{ page: VideoPage; list: IdListView }> {
  const saved = await getVideoIdList(userId, token);
  const list = saved ?? { ids: [], malformed: [], duplicates: [], overLimit: 0 };
  const first = await searchIdListPage(filter, list.ids, 0);
  return {
    page: { videos: first.videos, total: list.ids.length, scrollToken: null },
    list: {
      ...list,
      token,
      isUnknown: saved === null,
      missingIds: first.missingIds,
      nextOffset: first.nextOffset,
    },
  };
}
