'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ActionError, authedAction } from '@/lib/auth/action';
import { clientAddress } from '@/lib/auth/client-address';
import { generatePassword } from '@/lib/auth/password';
import { ROLES } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session';
import { resetTwoStep } from '@/lib/auth/two-step';
import {
  type ChangeContext,
  changeUserRole,
  createUser,
  endUserSessions,
  resetUserPassword,
  setUserDisabled,
  toUserSummary,
  UserAdminError,
  type UserSummary,
} from '@/lib/auth/users';
import type { UserRow } from '@/lib/db/schema';

const changeUserRoleSchema = z.object({ userId: z.uuid(), role: z.enum(ROLES) });
const setUserDisabledSchema = z.object({ userId: z.uuid(), disabled: z.boolean() });
const createUserSchema = z.strictObject({
  email: z.email().max(320),
  name: z.string().trim().max(200).optional(),
  role: z.enum(ROLES),
});
const resetPasswordSchema = z.strictObject({ userId: z.uuid() });

/** A user and the one-time password handed out for them: shown once to the admin, never stored in clear. */
export interface OneTimePasswordResult {
  user: UserSummary;
  oneTimePassword: string;
}

/** Adds a user with a one-time password their first sign-in must replace (admins only). */
export const createUserAction = authedAction(
  'admin',
  createUserSchema,
  async ({ email, name, role }, { user }): Promise<OneTimePasswordResult> => {
    const oneTimePassword = generatePassword();
    const created = await runUserChange(user, (context) =>
      createUser(
        { email, name: name || null, role, password: oneTimePassword, mustChangePassword: true },
        context,
      ),
    );
    return { user: created, oneTimePassword };
  },
);

/** Gives a user a new one-time password, ending their sessions (admins only). */
export const resetUserPasswordAction = authedAction(
  'admin',
  resetPasswordSchema,
  async ({ userId }, { user }): Promise<OneTimePasswordResult> => {
    const oneTimePassword = generatePassword();
    const updated = await runUserChange(user, (context) =>
      resetUserPassword(userId, oneTimePassword, context, true),
    );
    return { user: updated, oneTimePassword };
  },
);

/** Gives a user another role (admins only; never lowers the acting admin's own role). */
export const changeUserRoleAction = authedAction(
  'admin',
  changeUserRoleSchema,
  async ({ userId, role }, { user }): Promise<UserSummary> =>
    runUserChange(user, (context) => changeUserRole(userId, role, context)),
);

/** Disables or re-enables a user (admins only; never the acting admin). */
export const setUserDisabledAction = authedAction(
  'admin',
  setUserDisabledSchema,
  async ({ userId, disabled }, { user }): Promise<UserSummary> =>
    runUserChange(user, (context) => setUserDisabled(userId, disabled, context)),
);

const userRefSchema = z.object({ userId: z.uuid() });

/** Signs a user out everywhere (admins only): every session they hold ends at its next request. */
export const endUserSessionsAction = authedAction(
  'admin',
  userRefSchema,
  async ({ userId }, { user }): Promise<UserSummary> =>
    runUserChange(user, (context) => endUserSessions(userId, context)),
);

/** Removes a user's second factor (admins only), for a user who lost it; they can set it up again. */
export const resetUserTwoStepAction = authedAction(
  'admin',
  userRefSchema,
  async ({ userId }, { user }): Promise<UserSummary> =>
    runUserChange(user, (context) => resetTwoStep(userId, context)),
);

async function runUserChange(
  actor: SessionUser,
  change: (context: ChangeContext) => Promise<UserRow>,
): Promise<UserSummary> {
  try {
    const updated = await change({
      actor: { id: actor.id, email: actor.email },
      ip: clientAddress(await headers()),
    });
    revalidatePath('/users');
    return toUserSummary(updated);
  } catch (error) {
    if (!(error instanceof UserAdminError)) throw error;
    const t = await getTranslations('users');
    if (error.code === 'self_change') throw new ActionError('forbidden', t('cannotChangeSelf'));
    if (error.code === 'not_found') throw new ActionError('not_found', t('userNotFound'));
    if (error.code === 'last_admin') throw new ActionError('conflict', t('lastAdmin'));
    throw new ActionError('conflict', t('emailTaken'));
  }
}
