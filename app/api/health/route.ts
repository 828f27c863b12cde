import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** Readiness: the configuration is valid and the store answers. */
export async function GET(): Promise<Response> {
  const config = getConfig();
  const db = await getDb();
  await db.execute('select 1');
  return Response.json({ ok: true, mode: config.mode });
}
