import { getDb } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** Readiness: the store answers. Anonymous callers learn that the app is up, and nothing else. */
export async function GET(): Promise<Response> {
  const db = await getDb();
  await db.execute('select 1');
  return Response.json({ ok: true });
}
