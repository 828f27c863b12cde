import 'server-only';
import type { JWT } from 'next-auth/jwt';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db';
import { deleteEndedSessions, insertSession, revokeSession } from '@/lib/db/queries/sessions';

// Ended sessions are kept a day for the record, then forgotten; a token naming a missing row is refused.
const KEEP_ENDED_MS = 24 * 60 * 60_000;

/** Records a new session for a user signing in; returns the id its token carries. */
export async function startSession(userId: string, maxAgeSeconds: number, db?: Database): Promise<string> {
  const now = Date.now();
  await deleteEndedSessions(new Date(now - KEEP_ENDED_MS), db);
  return insertSession(userId, new Date(now + maxAgeSeconds * 1000), db);
}

/** Signing out: revokes the token's session on the server, so a copy of the cookie stops working too. */
export async function endSession(
  token: JWT | null | undefined,
  ip: string | null,
  db?: Database,
): Promise<void> {
  if (!token?.sid || !(await revokeSession(token.sid, db))) return;
  await recordAudit(
    {
      actor: { id: token.sub ?? null, email: token.email ?? 'unknown' },
      action: 'auth.sign_out',
      targetType: 'user',
      targetId: token.sub,
      ip,
    },
    db,
  );
}
