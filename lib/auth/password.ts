import 'server-only';
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-limits';

/**
 * Password hashing with argon2id at the library's defaults (19 MiB, 2 passes, 1 lane: the OWASP
 * recommendation). Verification always runs a full hash, even for unknown accounts, so timing does not
 * tell whether an email exists.
 */

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-limits';

/** A new password as an admin or the CLI may set it. */
export const newPasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

/** Hashes a password with argon2id; the result carries its own salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Whether `password` matches `passwordHash`. A null hash (no such user, or a single-sign-on-only account)
 * is checked against a throwaway hash so the call takes as long as a real check, and answers false.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hash(randomBytes(32).toString('base64url'));
  const target = passwordHash ?? (await dummyHash);
  try {
    const matches = await verify(target, password);
    return matches && passwordHash !== null;
  } catch {
    // A malformed stored hash is a failed check, never a crash of the sign-in.
    return false;
  }
}

/** A random password of 20 URL-safe characters (120 bits), for resets and accounts made without one. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
