import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requireApiUser, type SessionUser } from '@/lib/auth/session';
import { batchProblem } from '@/lib/batches';

const idSchema = z.uuid();

/** A JSON error body in the shape every API route answers with. */
export function apiError(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * A GET handler about one batch, for its editor or an admin: checks the session, the role and the id,
 * answers the handler's value as uncached JSON, and maps the batches boundary's refusals (missing,
 * foreign, unfinished) to their status codes. Anything else is logged once and answered 500.
 */
export function batchReadRoute<T>(
  read: (batchId: string, user: SessionUser, search: URLSearchParams) => Promise<T | Response>,
) {
  return async (request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
    const user = await requireApiUser('editor');
    if (user instanceof Response) return user;
    const id = idSchema.safeParse((await params).id);
    if (!id.success)
      return apiError(404, 'not_found', (await getTranslations('batches'))('actions.notYours'));
    try {
      const value = await read(id.data, user, new URL(request.url).searchParams);
      if (value instanceof Response) return value;
      return Response.json(value, { headers: { 'Cache-Control': 'no-store' } });
    } catch (error) {
      const problem = batchProblem(error, await getTranslations('batches'));
      if (problem) return apiError(problem.status, problem.code, problem.message);
      console.error('[api] batch read failed:', error);
      return apiError(500, 'internal', (await getTranslations('auth'))('internal'));
    }
  };
}
