import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requireApiUser } from '@/lib/auth/session';
import { getOverview } from '@/lib/db/queries/overview';

export const dynamic = 'force-dynamic';

const MAX_DAYS = 400;
const DAY_MS = 86_400_000;

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const querySchema = z
  .object({
    from: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
    to: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
    tz: z.string().min(1).max(64).refine(isTimeZone),
  })
  .refine(({ from, to }) => from < to && to.getTime() - from.getTime() <= MAX_DAYS * DAY_MS);

/** The overview's numbers for a period (from inclusive, to exclusive), days counted in `tz` (admins only). */
export async function GET(request: Request): Promise<Response> {
  const user = await requireApiUser('admin');
  if (user instanceof Response) return user;
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    return Response.json(
      {
        error: {
          code: 'invalid_input',
          message: (await getTranslations('overview'))('badPeriod', { maxDays: MAX_DAYS }),
        },
      },
      { status: 400 },
    );
  }
  const { from, to, tz } = query.data;
  return Response.json(await getOverview({ from, to, timeZone: tz }), {
    headers: { 'Cache-Control': 'no-store' },
  });
}
