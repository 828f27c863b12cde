import 'server-only';
import { randomInt } from 'node:crypto';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db';
import { resolveDb } from '@/lib/db/queries/executor';
import {
  advanceTotpStep,
  clearTotp,
  consumeRecoveryCode,
  enableTotp,
  getUserById,
  setPendingTotpSecret,
} from '@/lib/db/queries/users';
import type { UserRow } from '@/lib/db/schema';
import { hashPassword, verifyPassword } from './password';
import { createTotpSecret, matchTotp, openTotpSecret, sealTotpSecret, totpUri } from './totp';
import { type ChangeContext, UserAdminError } from './users';

/**
 * Two-step sign-in for password accounts: a TOTP authenticator, enrolled by the user and confirmed with a
 * first code, and ten single-use recovery codes, stored as argon2id hashes and shown only once. Single
 * sign-on accounts use their identity provider's own second factor instead.
 */

const RECOVERY_CODE_COUNT = 10;
// Crockford's base32: no I, L, O or U to misread; 12 characters carry 60 bits.
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_CODE = /^[0-9A-Z]{12}$/;

export interface TwoStepEnrolment {
  /** The secret in base32, for typing into an authenticator app. */
  secret: string;
  /** The otpauth:// URI, for apps that import one. */
  uri: string;
}

/** Starts (or restarts) enrolment: a new secret, kept pending until confirmed with a code. */
export async function startTwoStepEnrolment(
  user: { id: string; email: string },
  db?: Database,
): Promise<TwoStepEnrolment> {
  const secret = createTotpSecret();
  if (!(await setPendingTotpSecret(user.id, sealTotpSecret(secret), db))) {
    throw new UserAdminError('conflict', 'Two-step sign-in is already on');
  }
  return { secret, uri: totpUri(secret, user.email) };
}

/**
 * Confirms enrolment with a code from the app; returns the recovery codes (to show once), or null when
 * the code is wrong.
 */
export async function confirmTwoStepEnrolment(
  userId: string,
  code: string,
  context: ChangeContext,
  now: Date = new Date(),
): Promise<string[] | null> {
  const user = await getUserById(userId, context.db);
  const secret = user?.totpSecret && !user.totpEnabledAt ? openTotpSecret(user.totpSecret) : null;
  if (!user || !secret) throw new UserAdminError('not_found', 'No two-step enrolment in progress');
  const step = matchTotp(secret, code, null, now);
  if (step === null) return null;
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const hashes = await Promise.all(codes.map((recovery) => hashPassword(normalizeRecoveryCode(recovery))));
  await (await resolveDb(context.db)).transaction(async (tx) => {
    if (!(await enableTotp(user.id, step, hashes, tx))) {
      throw new UserAdminError('conflict', 'Two-step sign-in is already on');
    }
    await recordAudit(
      {
        actor: context.actor,
        action: 'user.two_step_enabled',
        targetType: 'user',
        targetId: user.id,
        details: { email: user.email },
        ip: context.ip,
      },
      tx,
    );
  });
  return codes;
}

/** Turns a user's second factor off (an admin's reset, or the user's own with a valid code). */
export async function resetTwoStep(userId: string, context: ChangeContext): Promise<UserRow> {
  return (await resolveDb(context.db)).transaction(async (tx) => {
    const user = await clearTotp(userId, tx);
    if (!user) throw new UserAdminError('not_found', `No user ${userId}`);
    await recordAudit(
      {
        actor: context.actor,
        action: 'user.two_step_reset',
        targetType: 'user',
        targetId: user.id,
        details: { email: user.email },
        ip: context.ip,
      },
      tx,
    );
    return user;
  });
}

/**
 * Checks the second step of a sign-in: a current TOTP code (each usable once) or an unused recovery code
 * (then used up, and audited). Returns what matched, or null.
 */
export async function verifySecondFactor(
  user: UserRow,
  code: string,
  ip: string | null,
  now: Date = new Date(),
  db?: Database,
): Promise<'totp' | 'recovery' | null> {
  const secret = user.totpSecret && user.totpEnabledAt ? openTotpSecret(user.totpSecret) : null;
  if (!secret) return null;
  const step = matchTotp(secret, code, user.totpLastStep, now);
  if (step !== null) return (await advanceTotpStep(user.id, step, db)) ? 'totp' : null;
  const recovery = normalizeRecoveryCode(code);
  if (!RECOVERY_CODE.test(recovery)) return null;
  for (const hash of user.recoveryCodeHashes) {
    if (!(await verifyPassword(hash, recovery))) continue;
    if (!(await consumeRecoveryCode(user.id, hash, db))) return null;
    await recordAudit(
      {
        actor: { id: user.id, email: user.email },
        action: 'auth.recovery_code_used',
        targetType: 'user',
        targetId: user.id,
        details: { left: user.recoveryCodeHashes.length - 1 },
        ip,
      },
      db,
    );
    return 'recovery';
  }
  return null;
}

function newRecoveryCode(): string {
  const chars = Array.from({ length: 12 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

function normalizeRecoveryCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s/g, '').replace(/-/g, '');
}
