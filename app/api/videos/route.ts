import { requireApiUser } from '@/lib/auth/session';
import { getVideoIdList } from '@/lib/db/queries/video-id-lists';
import {
  filterFromSearchParams,
  listTokenFromSearchParams,
  streamPositionFromSearchParams,
  withSubcategories,
} from '@/lib/videos/filter-params';
import { streamIdListPages, streamVideoPages } from '@/lib/videos/stream';
import { getCategories } from '@/lib/vod';

export const dynamic = 'force-dynamic';

const NDJSON_HEADERS = { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' };

/**
 * Streams the rest of a filtered library as NDJSON, one SearchMedia page per line, following ScrollToken
 * from where the server-rendered first page stopped. One request per view instead of one per page. A view
 * of a saved ID list (`list`) continues from `offset` in the list instead.
 */
export async function GET(request: Request): Promise<Response> {
  const auth = await requireApiUser('viewer');
  if (auth instanceof Response) return auth;
  const params = new URL(request.url).searchParams;
  const chosen = filterFromSearchParams(params);
  const filter = chosen.cateId === undefined ? chosen : withSubcategories(chosen, await getCategories());
  const listToken = listTokenFromSearchParams(params);
  const { offset, scrollToken } = streamPositionFromSearchParams(params);
  if (listToken !== null) {
    if (offset === null) return invalid('offset is required');
    const list = await getVideoIdList(auth.id, listToken);
    if (list === null) {
      return Response.json({ error: { code: 'not_found', message: 'No such ID list' } }, { status: 404 });
    }
    const { videoIds: _ids, ...rest } = filter;
    return new Response(streamIdListPages(rest, list.ids, offset, request.signal), {
      headers: NDJSON_HEADERS,
    });
  }
  if (scrollToken === null) return invalid('scrollToken is required');
  return new Response(streamVideoPages(filter, scrollToken, request.signal), { headers: NDJSON_HEADERS });
}

function invalid(message: string): Response {
  return Response.json({ error: { code: 'invalid_input', message } }, { status: 400 });
}
