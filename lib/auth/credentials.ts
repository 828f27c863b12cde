import 'server-only';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db';
import { getUserByEmail, normalizeEmail } from '@/lib/db/queries/users';
import type { UserRow } from '@/lib/db/schema';
import { PASSWORD_MAX_LENGTH, verifyPassword } from './password';
import { recordSignIn } from './sign-in-audit';
import { clearSignInFailures, getSignInThrottle, recordSignInFailure } from './sign-in-throttle';
import { verifySecondFactor } from './two-step';

export const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  /** The second step: a TOTP code or a recovery code, for accounts that have two-step sign-in. */
  code: z.string().max(32).optional(),
});

export type CredentialsCheck =
  | { ok: true; user: UserRow }
  | { ok: false; reason: 'invalid' }
  /** The password was right; the account also needs its second step (a code). */
  | { ok: false; reason: 'two_step_required' }
  | { ok: false; reason: 'two_step_invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password, with throttling (sign-in-throttle.ts) and an audit record. Every failure
 * looks the same to the caller (unknown email, wrong password, disabled account, SSO-only account), and
 * takes as long.
 */
export async function checkCredentials(
  input: unknown,
  address: string | null,
  db?: Database,
  now: () => Date = () => new Date(),
  wait: (ms: number) => Promise<void> = sleep,
): Promise<CredentialsCheck> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const email = normalizeEmail(parsed.data.email);

  const { lockMs, delayMs } = await getSignInThrottle(email, address, now(), db);
  if (lockMs > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil(lockMs / 1000) };
  if (delayMs > 0) await wait(delayMs);

  const user = await getUserByEmail(email, db);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, parsed.data.password);
  const fail = async (reason: string, answer: CredentialsCheck): Promise<CredentialsCheck> => {
    const lockAfterMs = await recordSignInFailure(email, address, now(), db);
    await recordAudit(
      {
        actor: { id: user?.id ?? null, email },
        action: 'auth.sign_in_failed',
        targetType: 'user',
        targetId: user?.id,
        details: { method: 'password', reason, locked: lockAfterMs > 0 },
        ip: address,
      },
      db,
    );
    return lockAfterMs > 0
      ? { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil(lockAfterMs / 1000) }
      : answer;
  };
  if (!user || !passwordMatches || user.disabled) {
    return fail(failureReason(user, passwordMatches), { ok: false, reason: 'invalid' });
  }
  if (user.totpEnabledAt) {
    const code = parsed.data.code?.trim();
    if (!code) return { ok: false, reason: 'two_step_required' };
    if (!(await verifySecondFactor(user, code, address, now(), db))) {
      return fail('wrong_code', { ok: false, reason: 'two_step_invalid' });
    }
  }
  await clearSignInFailures(email, address, now(), db);
  await recordSignIn(user, 'password', address, db);
  return { ok: true, user };
}

/** For the audit trail only: never shown to the person signing in. */
function failureReason(user: UserRow | null, passwordMatches: boolean): string {
  if (!user) return 'unknown_email';
  if (!user.passwordHash) return 'no_password';
  if (!passwordMatches) return 'wrong_password';
  return 'disabled';
}
