import 'server-only';
import { type AuditRecord, recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db';
import {
  deleteIdleSignInThrottles,
  deleteSignInThrottle,
  getSignInThrottles,
  type ThrottleKey,
  type ThrottleRow,
  updateSignInThrottle,
} from '@/lib/db/queries/sign-in-throttles';
import {
  ACCOUNT_BACKOFF,
  ACCOUNT_SLOWDOWN,
  ADDRESS_BACKOFF,
  type BackoffPolicy,
  hasUnrecordedUnlock,
  registerFailure,
  remainingLockMs,
  slowdownMs,
} from './backoff';

/**
 * Sign-in throttling on three counters, built so it protects without handing anyone a way to lock a
 * victim out:
 * - the (account, address) pair locks after repeated failures: the guesser is stopped, the owner elsewhere is not;
 * - the account alone only slows down (growing delays before every answer), never refuses;
 * - the address alone locks after many failures across accounts (password spraying).
 * Every lock and every unlock goes into the audit trail.
 */

// Counters idle this long are forgotten; far beyond the longest lock plus the quiet period.
const FORGET_AFTER_MS = 24 * 60 * 60_000;
const THROTTLE_ACTOR = { id: null, email: 'system:sign-in-throttle' };
// Stands for "address unknown" (the app was not started by its own server) in the pair key.
const UNKNOWN_ADDRESS = 'unknown';

interface Counter {
  key: ThrottleKey;
  policy: BackoffPolicy;
  /** Whether the counter refuses attempts while locked (the account one only slows them down). */
  locks: boolean;
}

function countersFor(email: string, address: string | null): Counter[] {
  const counters: Counter[] = [
    {
      key: { scope: 'account_ip', key: `${email} ${address ?? UNKNOWN_ADDRESS}` },
      policy: ACCOUNT_BACKOFF,
      locks: true,
    },
    { key: { scope: 'account', key: email }, policy: ACCOUNT_SLOWDOWN, locks: false },
  ];
  if (address) counters.push({ key: { scope: 'ip', key: address }, policy: ADDRESS_BACKOFF, locks: true });
  return counters;
}

const sameKey = (a: ThrottleKey, b: ThrottleKey) => a.scope === b.scope && a.key === b.key;

/** Where an attempt for this email from this address stands: refused for `lockMs`, or answered after `delayMs`. */
export async function getSignInThrottle(
  email: string,
  address: string | null,
  now: Date,
  db?: Database,
): Promise<{ lockMs: number; delayMs: number }> {
  const counters = countersFor(email, address);
  const rows = await getSignInThrottles(
    counters.map(({ key }) => key),
    db,
  );
  let lockMs = 0;
  let delayMs = 0;
  for (const counter of counters) {
    const row = rows.find((candidate) => sameKey(candidate, counter.key)) ?? null;
    if (counter.locks) lockMs = Math.max(lockMs, remainingLockMs(row, now));
    else delayMs = slowdownMs(row, now, counter.policy);
  }
  return { lockMs, delayMs };
}

/** Counts a failed sign-in on every counter; returns the lock it caused (0 if none). */
export async function recordSignInFailure(
  email: string,
  address: string | null,
  now: Date,
  db?: Database,
): Promise<number> {
  let lockMs = 0;
  for (const counter of countersFor(email, address)) {
    let before: ThrottleRow | null = null;
    const after = await updateSignInThrottle(
      counter.key,
      (current) => {
        before = current;
        return registerFailure(current, now, counter.policy);
      },
      db,
    );
    if (!counter.locks) continue;
    await recordUnlockIfDue(counter.key, before, now, address, db);
    const remaining = remainingLockMs(after, now);
    if (remaining > 0 && remainingLockMs(before, now) === 0) {
      await recordAudit(
        lockEvent('auth.locked', counter.key, address, { until: after.lockedUntil?.toISOString() }),
        db,
      );
    }
    lockMs = Math.max(lockMs, remaining);
  }
  for (const idle of await deleteIdleSignInThrottles(new Date(now.getTime() - FORGET_AFTER_MS), db)) {
    await recordUnlockIfDue(idle, idle, now, null, db);
  }
  return lockMs;
}

/**
 * Clears the counters of this email after a successful sign-in from this address. The address counter
 * stays: one valid account must not let an address reset its count while guessing at others.
 */
export async function clearSignInFailures(
  email: string,
  address: string | null,
  now: Date,
  db?: Database,
): Promise<void> {
  const [pair, account] = countersFor(email, address);
  if (!pair || !account) return;
  const [row] = await getSignInThrottles([pair.key], db);
  await recordUnlockIfDue(pair.key, row ?? null, now, address, db);
  await deleteSignInThrottle(pair.key, db);
  await deleteSignInThrottle(account.key, db);
}

async function recordUnlockIfDue(
  key: ThrottleKey,
  state: ThrottleRow | null,
  now: Date,
  address: string | null,
  db: Database | undefined,
): Promise<void> {
  if (!hasUnrecordedUnlock(state, now)) return;
  await recordAudit(lockEvent('auth.unlocked', key, address, { at: state?.lockedUntil?.toISOString() }), db);
}

function lockEvent(
  action: 'auth.locked' | 'auth.unlocked',
  key: ThrottleKey,
  address: string | null,
  details: Record<string, unknown>,
): AuditRecord {
  const [email, pairAddress] = key.scope === 'account_ip' ? key.key.split(' ') : [undefined, key.key];
  return {
    actor: THROTTLE_ACTOR,
    action,
    targetType: key.scope === 'ip' ? 'address' : 'account_address',
    targetId: key.key,
    details: { ...(email ? { email } : {}), address: pairAddress, ...details },
    ip: address,
  };
}
