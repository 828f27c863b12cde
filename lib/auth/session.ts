import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { z } from 'zod';
import { getConfig } from '@/lib/config';
import { getSessionUser } from '@/lib/db/queries/sessions';
import { getAuthOptions } from './options';
import { hasRole, type Role } from './roles';
import { signInHref } from './sign-in-params';

/** The signed-in user as the app sees them, fresh from the database. */
export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** Whether the user signs in with a password (and so may have a second factor of ours). */
  hasPassword: boolean;
  /** Whether a TOTP second factor is enrolled. */
  hasTwoStep: boolean;
  /** REQUIRE_ADMIN_MFA holds this admin to enrolment: nothing but the security page until then. */
  mustEnrolTwoStep: boolean;
  /** Signed in with a one-time password: nothing but choosing a new one is allowed. */
  mustChangePassword: boolean;
}

/** Where a user signed in with a one-time password is sent until they have chosen their own. */
export const CHANGE_PASSWORD_PATH = '/change-password';

const sessionSchema = z.object({
  user: z.object({ id: z.uuid(), tokenVersion: z.number().int(), sessionId: z.uuid() }),
});

/**
 * The user behind this request's session, or null. Read from the database every time (once per request,
 * one lookup of the session row joined to its user), so a sign-out, a disabled account, a reset password
 * or a changed role takes effect at the next request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const parsed = sessionSchema.safeParse(await getServerSession(getAuthOptions()));
  if (!parsed.success) return null;
  const { id, sessionId, tokenVersion } = parsed.data.user;
  const user = await getSessionUser(sessionId, id);
  if (!user || user.disabled || user.tokenVersion !== tokenVersion) return null;
  const hasPassword = user.passwordHash !== null;
  const hasTwoStep = user.totpEnabledAt !== null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    hasPassword,
    hasTwoStep,
    mustEnrolTwoStep: getConfig().auth.requireAdminMfa && user.role === 'admin' && hasPassword && !hasTwoStep,
    mustChangePassword: user.mustChangePassword,
  };
});

/**
 * For pages: the signed-in user holding at least `minRole`. Without a session, redirects to the sign-in
 * page (coming back to `returnTo`, a same-origin path); with too weak a role, answers 403 through
 * Next's forbidden(), which renders app/forbidden.tsx. An admin REQUIRE_ADMIN_MFA holds to enrolment is
 * sent to the security page, unless `whileEnrolling` (the shell and that page).
 */
export async function requireUser(
  minRole: Role = 'viewer',
  returnTo?: string,
  options: { whileEnrolling?: boolean } = {},
): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    redirect(signInHref(returnTo ? { callbackUrl: returnTo } : {}));
  }
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  if (user.mustEnrolTwoStep && !options.whileEnrolling) redirect(TWO_STEP_PATH);
  if (!hasRole(user, minRole)) forbidden();
  return user;
}

/** The page where a user manages their own sign-in security (two-step, sessions). */
export const TWO_STEP_PATH = '/account';

/** For route handlers: the signed-in user holding at least `minRole`, or the 401/403 JSON response to return. */
export async function requireApiUser(minRole: Role = 'viewer'): Promise<SessionUser | Response> {
  const user = await getCurrentUser();
  if (!user) {
    const t = await getTranslations('auth');
    return Response.json(
      { error: { code: 'unauthenticated', message: t('unauthenticated') } },
      { status: 401 },
    );
  }
  if (user.mustChangePassword || !hasRole(user, minRole) || user.mustEnrolTwoStep) {
    const t = await getTranslations('auth');
    return Response.json({ error: { code: 'forbidden', message: t('forbidden') } }, { status: 403 });
  }
  return user;
}
