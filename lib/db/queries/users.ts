import 'server-only';
import { and, asc, count, eq, ne, type SQL, sql } from 'drizzle-orm';
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
