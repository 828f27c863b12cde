import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-limits';

/**
 * The one rule a password a person chooses must pass. Today: its length. Kept behind this single function so
 * a stronger rule (a breached-password check) replaces its body without touching any caller.
 */

export type PasswordProblem = 'too_short' | 'too_long';

export type PasswordCheck = { ok: true } | { ok: false; reason: PasswordProblem };

/** Whether `password` may be used as a new password, and why not. */
export function checkPassword(password: string): PasswordCheck {
  // Counted in code points, so a passphrase in any script is measured the way people count it.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, reason: 'too_short' };
  if (password.length > PASSWORD_MAX_LENGTH) return { ok: false, reason: 'too_long' };
  return { ok: true };
}
