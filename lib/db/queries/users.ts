import 'server-only';
import { and, asc, count, eq, isNotNull, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import { type UserRole, type UserRow, users } from '../schema';
import { resolveDb } from './executor';

export interface NewUser {
  email: string;
  name?: string | null;
  role: UserRole;
  passwordHash?: string | null;
  oidcSubject?: string | null;
  mustChangePassword?: boolean;
}

/** Emails are stored lowercased and trimmed; every lookup goes through this too. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The user with this id, or null. */
export async function getUserById(id: string, db?: Database): Promise<UserRow | null> {
  return findUserWhere(eq(users.id, id), db);
}

/** The user with this email (any case), or null. */
export async function getUserByEmail(email: string, db?: Database): Promise<UserRow | null> {
  return findUserWhere(eq(users.email, normalizeEmail(email)), db);
}

/** The user linked to this single sign-on subject, or null. */
export async function getUserByOidcSubject(subject: string, db?: Database): Promise<UserRow | null> {
  return findUserWhere(eq(users.oidcSubject, subject), db);
}

async function findUserWhere(condition: SQL, db: Database | undefined): Promise<UserRow | null> {
  const rows = await (await resolveDb(db)).select().from(users).where(condition).limit(1);
  return rows[0] ?? null;
}

/** Every user, by email. */
export async function listUsers(db?: Database): Promise<UserRow[]> {
  return (await resolveDb(db)).select().from(users).orderBy(asc(users.email));
}

/** How many users exist. */
export async function countUsers(db?: Database): Promise<number> {
  const [row] = await (await resolveDb(db)).select({ n: count() }).from(users);
  return row?.n ?? 0;
}

/** Inserts a user; null when the email is already taken. */
export async function insertUser(user: NewUser, db?: Database): Promise<UserRow | null> {
  const rows = await (await resolveDb(db))
    .insert(users)
    .values({ ...user, email: normalizeEmail(user.email) })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return rows[0] ?? null;
}

/** Sets a user's role; null when there is no such user. */
export async function updateUserRole(id: string, role: UserRole, db?: Database): Promise<UserRow | null> {
  return updateUser(id, { role }, db);
}

/** Disables or enables a user; disabling also ends every session the user holds. */
export async function updateUserDisabled(
  id: string,
  disabled: boolean,
  db?: Database,
): Promise<UserRow | null> {
  return updateUser(id, { disabled, ...(disabled ? endSessions() : {}) }, db);
}

/**
 * Replaces a user's password hash and ends every session the user holds; `mustChangePassword` marks a
 * one-time password the next sign-in must replace.
 */
export async function updateUserPassword(
  id: string,
  passwordHash: string,
  mustChangePassword: boolean,
  db?: Database,
): Promise<UserRow | null> {
  return updateUser(id, { passwordHash, mustChangePassword, ...endSessions() }, db);
}

/**
 * Active admins other than `exceptId`, locked until the transaction ends, so two admins demoting each other
 * at the same moment cannot both succeed and leave none.
 */
export async function countOtherActiveAdmins(exceptId: string, db?: Database): Promise<number> {
  const rows = await (await resolveDb(db))
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, exceptId)))
    .for('update');
  return rows.length;
}

/** Ends every session the user holds (their tokens carry an older version from now on). */
export async function endAllSessions(id: string, db?: Database): Promise<UserRow | null> {
  return updateUser(id, endSessions(), db);
}

/** Links a user to a single sign-on subject. */
export async function updateUserOidcSubject(id: string, subject: string, db?: Database): Promise<void> {
  await updateUser(id, { oidcSubject: subject }, db);
}

/** Applies a change to one user and stamps updated_at; null when there is no such user. */
async function updateUser(
  id: string,
  change: PgUpdateSetSource<typeof users>,
  db: Database | undefined,
): Promise<UserRow | null> {
  const rows = await (await resolveDb(db))
    .update(users)
    .set({ ...change, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  return rows[0] ?? null;
}

// Sessions carry the token version they were issued with; bumping it invalidates all of them.
function endSessions() {
  return { tokenVersion: sql`${users.tokenVersion} + 1` };
}

/** Stamps a successful sign-in. */
export async function markUserSignedIn(id: string, db?: Database): Promise<void> {
  await (await resolveDb(db)).update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, id));
}

/** Stores a new, not yet confirmed TOTP secret (sealed); never replaces an enrolled one. */
export async function setPendingTotpSecret(
  id: string,
  sealedSecret: string,
  db?: Database,
): Promise<boolean> {
  const rows = await (await resolveDb(db))
    .update(users)
    .set({ totpSecret: sealedSecret, totpEnabledAt: null, totpLastStep: null, recoveryCodeHashes: [] })
    .where(and(eq(users.id, id), isNull(users.totpEnabledAt)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Confirms the pending TOTP secret with its first accepted step and the recovery codes' hashes. */
export async function enableTotp(
  id: string,
  step: number,
  recoveryCodeHashes: string[],
  db?: Database,
): Promise<UserRow | null> {
  const rows = await (await resolveDb(db))
    .update(users)
    .set({ totpEnabledAt: sql`now()`, totpLastStep: step, recoveryCodeHashes, updatedAt: sql`now()` })
    .where(and(eq(users.id, id), isNull(users.totpEnabledAt), isNotNull(users.totpSecret)))
    .returning();
  return rows[0] ?? null;
}

/** Removes a user's second factor and recovery codes; null when there is no such user. */
export async function clearTotp(id: string, db?: Database): Promise<UserRow | null> {
  return updateUser(
    id,
    { totpSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodeHashes: [] },
    db,
  );
}

/** Records a used TOTP step, only if it is later than the last one: false when the code was replayed. */
export async function advanceTotpStep(id: string, step: number, db?: Database): Promise<boolean> {
  const rows = await (await resolveDb(db))
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Consumes one recovery code by its stored hash: false when it was used already. */
export async function consumeRecoveryCode(id: string, hash: string, db?: Database): Promise<boolean> {
  const rows = await (await resolveDb(db))
    .update(users)
    .set({ recoveryCodeHashes: sql`array_remove(${users.recoveryCodeHashes}, ${hash})` })
    .where(and(eq(users.id, id), sql`${hash} = any(${users.recoveryCodeHashes})`))
    .returning({ id: users.id });
  return rows.length > 0;
}
