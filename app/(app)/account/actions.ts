'use server';

import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ActionError, authedAction } from '@/lib/auth/action';
import { clientAddress } from '@/lib/auth/client-address';
import type { SessionUser } from '@/lib/auth/session';
import {
  confirmTwoStepEnrolment,
  resetTwoStep,
  startTwoStepEnrolment,
  type TwoStepEnrolment,
  verifySecondFactor,
} from '@/lib/auth/two-step';
import { type ChangeContext, endUserSessions, UserAdminError } from '@/lib/auth/users';
import { getConfig } from '@/lib/config';
import { getUserById } from '@/lib/db/queries/users';

const codeSchema = z.strictObject({ code: z.string().trim().min(1).max(32) });
const enrolling = { whileEnrolling: true };

async function selfContext(user: SessionUser): Promise<ChangeContext> {
  return { actor: { id: user.id, email: user.email }, ip: clientAddress(await headers()) };
}

/** Starts setting up two-step sign-in for the signed-in password account: a new key, pending until confirmed. */
export const startTwoStepAction = authedAction(
  'viewer',
  z.strictObject({}),
  async (_input, { user }): Promise<TwoStepEnrolment> => {
    const t = await getTranslations('account');
    if (!user.hasPassword) throw new ActionError('forbidden', t('twoStepSso'));
    try {
      return await startTwoStepEnrolment(user);
    } catch (error) {
      if (error instanceof UserAdminError) throw new ActionError('conflict', t('alreadyOn'));
      throw error;
    }
  },
  enrolling,
);

/** Confirms two-step sign-in with a first code; returns the recovery codes, shown this once. */
export const confirmTwoStepAction = authedAction(
  'viewer',
  codeSchema,
  async ({ code }, { user }): Promise<{ recoveryCodes: string[] }> => {
    const t = await getTranslations('account');
    try {
      const recoveryCodes = await confirmTwoStepEnrolment(user.id, code, await selfContext(user));
      if (!recoveryCodes) throw new ActionError('invalid_input', t('wrongCode'), { code: [t('wrongCode')] });
      return { recoveryCodes };
    } catch (error) {
      if (!(error instanceof UserAdminError)) throw error;
      throw new ActionError('conflict', error.code === 'conflict' ? t('alreadyOn') : t('noEnrolment'));
    }
  },
  enrolling,
);

/** Turns the signed-in user's two-step sign-in off, proven with a current code (not for admins who must keep it). */
export const turnOffTwoStepAction = authedAction('viewer', codeSchema, async ({ code }, { user }) => {
  const t = await getTranslations('account');
  if (user.role === 'admin' && getConfig().auth.requireAdminMfa)
    throw new ActionError('forbidden', t('cannotTurnOff'));
  const row = await getUserById(user.id);
  const context = await selfContext(user);
  if (!row || !(await verifySecondFactor(row, code, context.ip ?? null))) {
    throw new ActionError('invalid_input', t('wrongCode'), { code: [t('wrongCode')] });
  }
  await resetTwoStep(user.id, context);
  return null;
});

/** Ends every session of the signed-in user, this one included. */
export const signOutEverywhereAction = authedAction(
  'viewer',
  z.strictObject({}),
  async (_input, { user }) => {
    await endUserSessions(user.id, await selfContext(user));
    return null;
  },
  enrolling,
);
