import 'server-only';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { type signInThrottleScope, signInThrottles } from '../schema';
import { resolveDb } from './executor';

export type ThrottleScope = (typeof signInThrottleScope.enumValues)[number];

export interface ThrottleKey {
  scope: ThrottleScope;
  key: string;
}

export interface ThrottleRow {
  failures: number;
  windowStartedAt: Date;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

const matches = ({ scope, key }: ThrottleKey) =>
  and(eq(signInThrottles.scope, scope), eq(signInThrottles.key, key));

/** The stored counters for these keys (absent keys are left out). */
export async function getSignInThrottles(
  keys: ThrottleKey[],
  db?: Database,
): Promise<Array<ThrottleKey & ThrottleRow>> {
  if (keys.length === 0) return [];
  return (await resolveDb(db))
    .select()
    .from(signInThrottles)
    .where(or(...keys.map(matches)));
}

/**
 * Replaces one counter with `next(current)` under a row lock, so concurrent failures for the same key
 * are all counted. `current` is null when the key has no counter yet.
 */
export async function updateSignInThrottle(
  target: ThrottleKey,
  next: (current: ThrottleRow | null) => ThrottleRow,
  db?: Database,
): Promise<ThrottleRow> {
  return (await resolveDb(db)).transaction(async (tx) => {
    const epoch = new Date(0);
    await tx
      .insert(signInThrottles)
      .values({ ...target, failures: 0, windowStartedAt: epoch, lastFailureAt: epoch })
      .onConflictDoNothing();
    const [current] = await tx.select().from(signInThrottles).where(matches(target)).for('update');
    const updated = next(current && current.failures > 0 ? current : null);
    await tx.update(signInThrottles).set(updated).where(matches(target));
    return updated;
  });
}

/** Forgets a counter (after a successful sign-in). */
export async function deleteSignInThrottle(target: ThrottleKey, db?: Database): Promise<void> {
  await (await resolveDb(db)).delete(signInThrottles).where(matches(target));
}

/** Forgets counters with no failure since `before` and no lock still running; returns what it forgot. */
export async function deleteIdleSignInThrottles(
  before: Date,
  db?: Database,
): Promise<Array<ThrottleKey & ThrottleRow>> {
  return (await resolveDb(db))
    .delete(signInThrottles)
    .where(
      and(
        lt(signInThrottles.lastFailureAt, before),
        or(sql`${signInThrottles.lockedUntil} is null`, lt(signInThrottles.lockedUntil, sql`now()`)),
      ),
    )
    .returning();
}
