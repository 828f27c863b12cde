'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { ActionError, authedAction } from '@/lib/auth/action';
import { clientAddress } from '@/lib/auth/client-address';
import { ROLES } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session';
import { resetTwoStep } from '@/lib/auth/two-step';
import {
  type ChangeContext,
  changeUserRole,
  endUserSessions,
  setUserDisabled,
  toUserSummary,
  UserAdminError,
  type UserSummary,
} from '@/lib/auth/users';
import type { UserRow } from '@/lib/db/schema';
import { messages } from '@/lib/messages';

const changeUserRoleSchema = z.object({ userId: z.uuid(), role: z.enum(ROLES) });
const setUserDisabledSchema = z.object({ userId: z.uuid(), disabled: z.boolean() });

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
    if (error.code === 'self_change') throw new ActionError('forbidden', messages.users.cannotChangeSelf);
    if (error.code === 'not_found') throw new ActionError('not_found', messages.users.userNotFound);
    throw new ActionError('conflict', messages.users.emailTaken);
  }
}
