import { requireApiUser } from '@/lib/auth/session';
import { filterFromSearchParams } from '@/lib/videos/filter-params';
import { streamVideoPages } from '@/lib/videos/stream';

export const dynamic = 'force-dynamic';

/**
 * Streams the rest of a filtered library as NDJSON, one SearchMedia page per line, following ScrollToken
 * from where the server-rendered first page stopped. One request per view instead of one per page.
 */
export async function GET(request: Request): Promise<Response> {
  const auth = await requireApiUser('viewer');
  if (auth instanceof Response) return auth;
  const params = new URL(request.url).searchParams;
  const scrollToken = params.get('scrollToken');
  if (!scrollToken || !/^[A-Za-z0-9._-]{1,200}$/.test(scrollToken)) {
    return Response.json(
      { error: { code: 'invalid_input', message: 'scrollToken is required' } },
      { status: 400 },
    );
  }
  const body = streamVideoPages(filterFromSearchParams(params), scrollToken, request.signal);
  return new Response(body, {
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' },
  });
}
