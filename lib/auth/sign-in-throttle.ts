import 'server-only';
import type { Database } from '@/lib/db';
import {
  deleteIdleSignInThrottles,
  deleteSignInThrottle,
  getSignInThrottles,
  type ThrottleKey,
  updateSignInThrottle,
} from '@/lib/db/queries/sign-in-throttles';
import {
  ACCOUNT_BACKOFF,
  ADDRESS_BACKOFF,
  type BackoffPolicy,
  registerFailure,
  remainingLockMs,
} from './backoff';

// Counters idle this long are forgotten; far beyond the longest lock plus the quiet period.
const FORGET_AFTER_MS = 24 * 60 * 60_000;

function keysFor(email: string, address: string | null): Array<{ key: ThrottleKey; policy: BackoffPolicy }> {
  const keys: Array<{ key: ThrottleKey; policy: BackoffPolicy }> = [
    { key: { scope: 'account', key: email }, policy: ACCOUNT_BACKOFF },
  ];
  if (address) keys.push({ key: { scope: 'ip', key: address }, policy: ADDRESS_BACKOFF });
  return keys;
}

/** Milliseconds until this email from this address may try again; 0 when it may now. */
export async function getSignInLockMs(
  email: string,
  address: string | null,
  now: Date,
  db?: Database,
): Promise<number> {
  const rows = await getSignInThrottles(
    keysFor(email, address).map(({ key }) => key),
    db,
  );
  return Math.max(0, ...rows.map((row) => remainingLockMs(row, now)));
}

/** Counts a failed sign-in against the email and the address; returns the lock it caused (0 if none). */
export async function recordSignInFailure(
  email: string,
  address: string | null,
  now: Date,
  db?: Database,
): Promise<number> {
  let lockMs = 0;
  for (const { key, policy } of keysFor(email, address)) {
    const state = await updateSignInThrottle(key, (current) => registerFailure(current, now, policy), db);
    lockMs = Math.max(lockMs, remainingLockMs(state, now));
  }
  await deleteIdleSignInThrottles(new Date(now.getTime() - FORGET_AFTER_MS), db);
  return lockMs;
}

/**
 * Clears the account's counter after a successful sign-in. The address counter stays: one valid account
 * must not let an address reset its count while guessing at others.
 */
export async function clearSignInFailures(email: string, db?: Database): Promise<void> {
  await deleteSignInThrottle({ scope: 'account', key: email }, db);
}
