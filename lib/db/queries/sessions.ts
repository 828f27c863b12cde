import 'server-only';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { sessions, type UserRow, users } from '../schema';
import { resolveDb } from './executor';

/** Starts a session for a user, valid until `expiresAt` unless revoked; returns its id. */
export async function insertSession(userId: string, expiresAt: Date, db?: Database): Promise<string> {
  const [row] = await (await resolveDb(db))
    .insert(sessions)
    .values({ userId, expiresAt })
    .returning({ id: sessions.id });
  if (!row) throw new Error('Session not created');
  return row.id;
}

/**
 * The user of a live session: the row exists, belongs to `userId`, is not revoked and has not expired.
 * One primary-key lookup joined to the user's row.
 */
export async function getSessionUser(
  sessionId: string,
  userId: string,
  db?: Database,
): Promise<UserRow | null> {
  const rows = await (await resolveDb(db))
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, sessionId),
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return rows[0]?.user ?? null;
}

/** Revokes one session (sign-out); true when it was live. */
export async function revokeSession(sessionId: string, db?: Database): Promise<boolean> {
  const rows = await (await resolveDb(db))
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Revokes every live session of a user; returns how many there were. */
export async function revokeUserSessions(userId: string, db?: Database): Promise<number> {
  const rows = await (await resolveDb(db))
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}

/** Forgets sessions that ended before `before`: a token naming a missing session is refused anyway. */
export async function deleteEndedSessions(before: Date, db?: Database): Promise<void> {
  await (await resolveDb(db)).delete(sessions).where(lt(sessions.expiresAt, before));
}
