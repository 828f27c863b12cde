import { requireApiUser } from '@/lib/auth/session';
import { listActiveBatches } from '@/lib/db/queries/overview';

export const dynamic = 'force-dynamic';

/** Batches queued, running or interrupted now, with their progress; polled by the overview (admins only). */
export async function GET(): Promise<Response> {
  const user = await requireApiUser('admin');
  if (user instanceof Response) return user;
  return Response.json(await listActiveBatches(), { headers: { 'Cache-Control': 'no-store' } });
}
