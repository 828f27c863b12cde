export const dynamic = 'force-dynamic';

/**
 * Liveness: the process answers HTTP. It touches nothing else, so a slow database or VOD never gets a
 * healthy server restarted; load balancers ask /api/health/ready. Anonymous callers learn nothing more.
 */
export function GET(): Response {
  return Response.json({ ok: true });
}
