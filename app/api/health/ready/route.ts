import { checkReadiness } from '@/lib/health/readiness';

export const dynamic = 'force-dynamic';

/**
 * Readiness, for load balancers: 200 while the database and VOD answer and the server is not shutting
 * down, 503 otherwise. Callers learn which check failed, never why.
 */
export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ok ? 200 : 503 });
}
