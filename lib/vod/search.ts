import 'server-only';
import { LIMITS } from '@/lib/edits/limits';
import { invalidArgument } from './errors';
import { buildMatch } from './match';
import { reshapeVideo } from './reshape';
import { parseSearchMedia } from './schemas';
import type { VodTransport } from './transport';
import type { Video, VideoFilter, VideoPage } from './types';

export interface PageRequest {
  /** A VideoPage's scrollToken, to continue after that page (at that page's size); absent for the first page. */
  scrollToken?: string | null;
  pageSize?: number;
  signal?: AbortSignal;
}

// SearchMedia returns only ID, creation time and type unless asked for more.
const FIELDS = [
  'VideoId',
  'Title',
  'Description',
  'Tags',
  'CoverURL',
  'CateId',
  'CateName',
  'Status',
  'Duration',
  'Size',
  'CreationTime',
  'ModificationTime',
  'ReferenceId',
].join(',');

const DEFAULT_PAGE_SIZE = LIMITS.searchPageSizeMax;

interface Position {
  pageNo: number;
  pageSize: number;
  scrollToken?: string;
}

/**
 * Full traversal sends the next PageNo and the same PageSize together with VOD's ScrollToken, so the app's
 * opaque token carries all three: `<nextPageNo>.<pageSize>.<ScrollToken>`.
 */
function encodeToken(next: Required<Position>): string {
  return `${next.pageNo}.${next.pageSize}.${next.scrollToken}`;
}

function decodeToken(token: string): Required<Position> {
  const match = /^(\d{1,9})\.(\d{1,3})\.(.+)$/s.exec(token);
  const pageNo = Number(match?.[1]);
  const pageSize = Number(match?.[2]);
  if (!match || pageNo < 2 || pageSize < 1 || pageSize > LIMITS.searchPageSizeMax) {
    throw invalidArgument('Not a scroll token from searchVideos');
  }
  return { pageNo, pageSize, scrollToken: match[3]! };
}

function clampPageSize(pageSize: number | undefined): number {
  return Math.min(Math.max(1, Math.trunc(pageSize ?? DEFAULT_PAGE_SIZE)), LIMITS.searchPageSizeMax);
}

/** One page of videos matching a filter; pass the returned scrollToken back for the next page. */
export async function searchVideos(
  transport: VodTransport,
  filter: VideoFilter,
  page: PageRequest = {},
): Promise<VideoPage> {
  if (filter.videoIds && filter.videoIds.length === 0) return { videos: [], total: 0, scrollToken: null };
  // A continued traversal keeps the page size it started with; PageNo counts pages of that size.
  const position: Position = page.scrollToken
    ? decodeToken(page.scrollToken)
    : { pageNo: 1, pageSize: clampPageSize(page.pageSize) };
  const { pageSize } = position;
  const match = buildMatch(filter);
  const query: Record<string, string> = {
    SearchType: 'video',
    Fields: FIELDS,
    SortBy: filter.sort ?? 'CreationTime:Desc',
    PageNo: String(position.pageNo),
    PageSize: String(pageSize),
    ...(match ? { Match: match } : {}),
    ...(position.scrollToken ? { ScrollToken: position.scrollToken } : {}),
  };
  const { body } = await transport.call('SearchMedia', query, {
    signal: page.signal,
    logFields: { pageSize },
  });
  const response = parseSearchMedia(body, transport.logger);
  const videos = response.MediaList.flatMap((media) =>
    media.Video ? [reshapeVideo({ ...media.Video, VideoId: media.Video.VideoId ?? media.MediaId })] : [],
  );
  const more =
    response.ScrollToken !== undefined &&
    response.MediaList.length === pageSize &&
    position.pageNo * pageSize < response.Total;
  return {
    videos,
    total: response.Total,
    scrollToken: more
      ? encodeToken({ pageNo: position.pageNo + 1, pageSize, scrollToken: response.ScrollToken! })
      : null,
  };
}

/** Every video matching a filter, page after page. */
export async function* iterateVideos(
  transport: VodTransport,
  filter: VideoFilter,
  options: { pageSize?: number; signal?: AbortSignal } = {},
): AsyncGenerator<Video, void, undefined> {
  let scrollToken: string | null = null;
  do {
    const page: VideoPage = await searchVideos(transport, filter, { ...options, scrollToken });
    yield* page.videos;
    scrollToken = page.scrollToken;
  } while (scrollToken !== null);
}
