import 'server-only';
import type { AuditAction } from '@/lib/audit/actions';
import { type AuditActor, recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db';
import { isUuid } from '@/lib/db/ids';
import { resolveDb } from '@/lib/db/queries/executor';
import { revokeUserSessions } from '@/lib/db/queries/sessions';
import {
  countOtherActiveAdmins,
  endAllSessions,
  getUserByEmail,
  getUserById,
  insertUser,
  listUsers,
  updateUserDisabled,
  updateUserPassword,
  updateUserRole,
} from '@/lib/db/queries/users';
import type { UserRow } from '@/lib/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { hashPassword } from './password';
import { checkPassword } from './password-policy';
import type { Role } from './roles';

/**
 * User administration shared by the Users page and the `npm run user` command line. Every change is
 * written together with its audit event, in one transaction.
 */

export type UserAdminErrorCode = 'not_found' | 'conflict' | 'self_change' | 'last_admin' | 'weak_password';

export class UserAdminError extends Error {
  constructor(
    readonly code: UserAdminErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserAdminError';
  }
}

export interface ChangeContext {
  /** The language of the sentences in errors (a weak password's reason); English when not given. */
  locale?: Locale;
  actor: AuditActor;
  ip?: string | null;
  db?: Database;
}

export interface CreateUserInput {
  email: string;
  name?: string | null;
  role: Role;
  /** Null for an account that signs in only through single sign-on. */
  password: string | null;
  /** A one-time password: the first sign-in must choose a new one. */
  mustChangePassword?: boolean;
}

/** What the Users page shows of a user: never the password hash or the token version. */
export interface UserSummary {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  disabled: boolean;
  /** ISO 8601, or null when the user never signed in. */
  lastSignInAt: string | null;
  hasPassword: boolean;
  hasTwoStep: boolean;
  /** Signs in through single sign-on (an OpenID Connect subject is linked). */
  hasSso: boolean;
  /** Holds a one-time password not yet replaced. */
  mustChangePassword: boolean;
}

/** Reduces a user row to what may be shown in a browser. */
export function toUserSummary(user: UserRow): UserSummary {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabled,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    hasPassword: user.passwordHash !== null,
    hasTwoStep: user.totpEnabledAt !== null,
    hasSso: user.oidcSubject !== null,
    mustChangePassword: user.mustChangePassword,
  };
}

export { listUsers };

/** The user with this id or email, or a not_found error. */
export async function findUser(idOrEmail: string, db?: Database): Promise<UserRow> {
  const user = isUuid(idOrEmail) ? await getUserById(idOrEmail, db) : await getUserByEmail(idOrEmail, db);
  if (!user) throw new UserAdminError('not_found', `No user ${idOrEmail}`);
  return user;
}

/** Creates a user; a conflict error when the email is taken. */
export async function createUser(input: CreateUserInput, context: ChangeContext): Promise<UserRow> {
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  return (await resolveDb(context.db)).transaction(async (tx) => {
    const user = await insertUser(
      {
        email: input.email,
        name: input.name ?? null,
        role: input.role,
        passwordHash,
        mustChangePassword: passwordHash !== null && (input.mustChangePassword ?? false),
      },
      tx,
    );
    if (!user) throw new UserAdminError('conflict', `A user with the email ${input.email} already exists`);
    await recordUserEvent(
      user,
      'user.created',
      { role: user.role, hasPassword: passwordHash !== null },
      context,
      tx,
    );
    return user;
  });
}

/**
 * Changes a user's role. The last active admin stays one, whoever asks; an admin may hand over and lower
 * their own role only while another active admin remains.
 */
export async function changeUserRole(userId: string, role: Role, context: ChangeContext): Promise<UserRow> {
  return changeUser(userId, context, async (before, tx) => {
    if (before.role === role) return null;
    if (before.role === 'admin') await keepAnAdmin(before, tx);
    const after = await updateUserRole(before.id, role, tx);
    return { after, action: 'user.role_changed', details: { from: before.role, to: role } };
  });
}

/** Disables (ending every session) or re-enables a user. An actor cannot disable themselves. */
export async function setUserDisabled(
  userId: string,
  disabled: boolean,
  context: ChangeContext,
): Promise<UserRow> {
  return changeUser(userId, context, async (before, tx) => {
    if (before.disabled === disabled) return null;
    if (disabled && before.id === context.actor.id) {
      throw new UserAdminError('self_change', 'You cannot disable yourself');
    }
    if (disabled && before.role === 'admin') await keepAnAdmin(before, tx);
    const after = await updateUserDisabled(before.id, disabled, tx);
    // Ended for good: enabling the user again later does not bring these sessions back.
    if (disabled) await revokeUserSessions(before.id, tx);
    return { after, action: disabled ? 'user.disabled' : 'user.enabled' };
  });
}

/**
 * Sets a new password and ends every session the user holds. With `mustChangePassword` it is a one-time
 * password the next sign-in must replace.
 */
export async function resetUserPassword(
  userId: string,
  password: string,
  context: ChangeContext,
  mustChangePassword = false,
): Promise<UserRow> {
  const passwordHash = await hashPassword(password);
  return changeUser(userId, context, async (before, tx) => {
    await revokeUserSessions(before.id, tx);
    return {
      after: await updateUserPassword(before.id, passwordHash, mustChangePassword, tx),
      action: 'user.password_reset',
      details: { oneTime: mustChangePassword },
    };
  });
}

/** Signs a user out everywhere: every session they hold ends at its next request. */
export async function endUserSessions(userId: string, context: ChangeContext): Promise<UserRow> {
  return changeUser(userId, context, async (before, tx) => {
    const ended = await revokeUserSessions(before.id, tx);
    return { after: await endAllSessions(before.id, tx), action: 'user.sessions_ended', details: { ended } };
  });
}

/**
 * A signed-in user replaces their own password (after a one-time one, or by choice). The password policy
 * decides; every session ends, so the user signs in again with the new password.
 */
export async function changeOwnPassword(
  userId: string,
  password: string,
  context: ChangeContext,
): Promise<UserRow> {
  const check = checkPassword(password, [], context.locale);
  if (!check.ok) throw new UserAdminError('weak_password', check.message);
  const passwordHash = await hashPassword(password);
  return changeUser(userId, context, async (before, tx) => ({
    after: await updateUserPassword(before.id, passwordHash, false, tx),
    action: 'user.password_changed',
  }));
}

async function keepAnAdmin(admin: UserRow, tx: Database): Promise<void> {
  if (admin.disabled) return;
  if ((await countOtherActiveAdmins(admin.id, tx)) === 0) {
    throw new UserAdminError('last_admin', `${admin.email} is the last active admin`);
  }
}

/** What one change did: the updated row (null when the user vanished) and how the audit trail names it. */
interface UserChange {
  after: UserRow | null;
  action: AuditAction;
  details?: Record<string, unknown>;
}

/**
 * Runs one change to an existing user and records it, in one transaction. `apply` returns null when
 * there is nothing to change, and the user is returned as it was.
 */
async function changeUser(
  userId: string,
  context: ChangeContext,
  apply: (before: UserRow, tx: Database) => Promise<UserChange | null>,
): Promise<UserRow> {
  return (await resolveDb(context.db)).transaction(async (tx) => {
    const before = await findUser(userId, tx);
    const change = await apply(before, tx);
    if (!change) return before;
    if (!change.after) throw new UserAdminError('not_found', `No user ${userId}`);
    await recordUserEvent(change.after, change.action, change.details, context, tx);
    return change.after;
  });
}

async function recordUserEvent(
  user: UserRow,
  action: AuditAction,
  details: Record<string, unknown> | undefined,
  context: ChangeContext,
  tx: Database,
): Promise<void> {
  await recordAudit(
    {
      actor: context.actor,
      action,
      targetType: 'user',
      targetId: user.id,
      details: { email: user.email, ...details },
      ip: context.ip,
    },
    tx,
  );
}
