import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { userPreferences } from '../schema';
import { resolveDb } from './executor';

/**
 * A user's stored preference, or null when none is stored. The value is whatever was saved; callers
 * validate it before trusting its shape, since it may predate a change of that shape.
 */
export async function getUserPreference<T>(userId: string, key: string, db?: Database): Promise<T | null> {
  const rows = await (await resolveDb(db))
    .select({ value: userPreferences.value })
    .from(userPreferences)
    .where(and(eq(userPreferences.userId, userId), eq(userPreferences.key, key)))
    .limit(1);
  return rows[0] ? (rows[0].value as T) : null;
}

/** Stores (or replaces) a user's preference. */
export async function setUserPreference(
  userId: string,
  key: string,
  value: unknown,
  db?: Database,
): Promise<void> {
  await (await resolveDb(db))
    .insert(userPreferences)
    .values({ userId, key, value })
    .onConflictDoUpdate({
      target: [userPreferences.userId, userPreferences.key],
      set: { value, updatedAt: sql`now()` },
    });
}
