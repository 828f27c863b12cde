'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { ActionError, authedAction } from '@/lib/auth/action';
import { clientAddress } from '@/lib/auth/client-address';
import { PASSWORD_MAX_LENGTH } from '@/lib/auth/password-limits';
import { changeOwnPassword, UserAdminError } from '@/lib/auth/users';

// The policy (lib/auth/password-policy) decides; the schema only bounds the input.
const changeOwnPasswordSchema = z.strictObject({
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
});

/** The signed-in user chooses their own password (after a one-time one); every session of theirs ends. */
export const changeOwnPasswordAction = authedAction(
  'viewer',
  changeOwnPasswordSchema,
  async ({ password }, { user }) => {
    try {
      await changeOwnPassword(user.id, password, {
        actor: { id: user.id, email: user.email },
        ip: clientAddress(await headers()),
        locale: await getLocale(),
      });
      return null;
    } catch (error) {
      if (!(error instanceof UserAdminError) || error.code !== 'weak_password') throw error;
      // The password policy's own sentence: too short, too long or too easy to guess.
      throw new ActionError('invalid_input', error.message, { password: [error.message] });
    }
  },
  { allowPendingPasswordChange: true },
);
