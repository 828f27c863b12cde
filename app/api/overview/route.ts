import { getTranslations } from 'next-intl/server';
import { requireApiUser } from '@/lib/auth/session';
import { getOverview } from '@/lib/db/queries/overview';
import { OVERVIEW_MAX_DAYS, parseOverviewQuery } from '@/lib/history/overview-params';

export const dynamic = 'force-dynamic';

/** The overview's numbers for a period (from inclusive, to exclusive), days counted in `tz` (admins only). */
export async function GET(request: Request): Promise<Response> {
  const user = await requireApiUser('admin');
  if (user instanceof Response) return user;
  const query = parseOverviewQuery(new URL(request.url).searchParams);
  if (!query) {
    return Response.json(
      {
        error: {
          code: 'invalid_input',
          message: (await getTranslations('overview'))('badPeriod', { maxDays: OVERVIEW_MAX_DAYS }),
        },
      },
      { status: 400 },
    );
  }
  const { from, to, tz } = query;
  return Response.json(await getOverview({ from, to, timeZone: tz }), {
    headers: { 'Cache-Control': 'no-store' },
  });
}
