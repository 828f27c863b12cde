import { LIMITS } from '@/lib/edits/limits';
import type { WireSearchMediaItem, WireSearchMediaResponse } from '@/lib/vod-wire/shapes';
import { vodErrors } from '../errors';
import { checkScrollToken, createScrollToken, scrollFingerprint } from '../search/scroll-token';
import { parseSortBy } from '../search/search';
import type { Operation } from './context';
import { intParam } from './params';
import { flatVideo } from './video-shape';

const SEARCH_TYPES = new Set(['video', 'audio', 'image', 'attached']);
// What a video carries when `Fields` asks for nothing more (vod-api.md §5): its ID and creation time.
const BASIC_FIELDS = ['VideoId', 'CreationTime'] as const;

/** The video with only the basic fields and those `Fields` (a comma list of Video field names) asks for. */
function pickFields(video: WireSearchMediaItem['Video'], fields: ReadonlySet<string>) {
  const picked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(video)) {
    if (fields.has(key) || (BASIC_FIELDS as readonly string[]).includes(key)) picked[key] = value;
  }
  return picked as unknown as WireSearchMediaItem['Video'];
}

/**
 * SearchMedia over videos: Match filter, SortBy, PageNo/PageSize paging up to the 5,000-record cap, and
 * ScrollToken traversal beyond it. The emulated account holds videos only, so other types find nothing.
 */
export const searchMedia: Operation = ({
  params,
  store,
  searcher,
}): Omit<WireSearchMediaResponse, 'RequestId'> => {
  const searchType = params.get('SearchType') || 'video';
  if (!SEARCH_TYPES.has(searchType)) {
    throw vodErrors.invalidParameter(`The specified parameter SearchType is not valid: ${searchType}`);
  }
  const pageNo = intParam(params, 'PageNo', { defaultValue: 1, min: 1, max: 10_000_000 });
  const pageSize = intParam(params, 'PageSize', { defaultValue: 10, min: 1, max: LIMITS.searchPageSizeMax });
  const match = params.get('Match') ?? '';
  const sortBy = params.get('SortBy') ?? '';
  const fields = new Set(
    (params.get('Fields') ?? '')
      .split(',')
      .map((field) => field.trim())
      .filter((field) => field !== ''),
  );
  const scrollToken = params.get('ScrollToken') || undefined;
  // Full traversal sorts on one field only; plain paging allows up to three.
  const sort = parseSortBy(sortBy, scrollToken ? 1 : 3);
  const start = (pageNo - 1) * pageSize;
  const fingerprint = scrollFingerprint(`${searchType}\n${match}`, sortBy);
  if (scrollToken) checkScrollToken(scrollToken, fingerprint, start);
  else if (start + pageSize > LIMITS.searchPagingCap) {
    throw vodErrors.invalidParameter(
      `PageNo × PageSize may not exceed ${LIMITS.searchPagingCap} records; pass the ScrollToken to traverse further.`,
    );
  }

  const library = store.library;
  const slots = searchType === 'video' ? searcher.search(library, match, sort) : [];
  const end = Math.min(slots.length, start + pageSize);
  const MediaList: WireSearchMediaItem[] = [];
  for (let i = start; i < end; i++) {
    const video = library.at(slots[i]!);
    MediaList.push({
      MediaType: 'video',
      MediaId: video.VideoId,
      CreationTime: video.CreationTime,
      Video: pickFields(
        {
          ...flatVideo(video),
          MediaSource: 'general',
          PreprocessStatus: 'UnPreprocess',
          TranscodeMode: 'FastTranscode',
        },
        fields,
      ),
    });
  }
  return {
    Total: slots.length,
    ScrollToken: createScrollToken(fingerprint, start + MediaList.length),
    MediaList,
  };
};
