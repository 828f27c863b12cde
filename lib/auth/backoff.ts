/**
 * Backoff after failed sign-ins, as pure functions over one counter (per account or per client address).
 * After `threshold` failures each further failure locks the counter for a doubling delay, up to `maxLockMs`.
 * The count starts over only after `quietMs` without failures once any lock has ended, so a steady attacker
 * stays at the longest delay.
 */

export interface BackoffPolicy {
  threshold: number;
  quietMs: number;
  baseLockMs: number;
  maxLockMs: number;
}

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

const MINUTE = 60_000;

/**
 * Per (attempted email, client address) pair: 5 failures in 15 minutes, then 30 s, 1 min, 2 min … up to
 * 1 hour. Only that pair is locked, so failures from elsewhere never lock the account's owner out.
 */
export const ACCOUNT_BACKOFF: BackoffPolicy = {
  threshold: 5,
  quietMs: 15 * MINUTE,
  baseLockMs: 30_000,
  maxLockMs: 60 * MINUTE,
};

/** Per client address, across accounts: looser, since an office may share one address. */
export const ADDRESS_BACKOFF: BackoffPolicy = {
  threshold: 20,
  quietMs: 15 * MINUTE,
  baseLockMs: 30_000,
  maxLockMs: 60 * MINUTE,
};

/** The counter after one more failure at `now`. A state with no failures counts as fresh. */
export function registerFailure(
  previous: ThrottleState | null,
  now: Date,
  policy: BackoffPolicy,
): ThrottleState {
  const continuing =
    previous !== null &&
    previous.failures > 0 &&
    now.getTime() - Math.max(previous.lastFailureAt.getTime(), previous.lockedUntil?.getTime() ?? 0) <=
      policy.quietMs
      ? previous
      : null;
  const failures = continuing ? continuing.failures + 1 : 1;
  const lockMs = lockDuration(failures, policy);
  return {
    failures,
    windowStartedAt: continuing ? continuing.windowStartedAt : now,
    lastFailureAt: now,
    lockedUntil: lockMs > 0 ? new Date(now.getTime() + lockMs) : (continuing?.lockedUntil ?? null),
  };
}

/** How long the counter locks after its `failures`-th failure; 0 below the threshold. */
export function lockDuration(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.threshold) return 0;
  const doublings = failures - policy.threshold;
  // Capped before exponentiating so a long run of failures cannot overflow.
  return Math.min(policy.baseLockMs * 2 ** Math.min(doublings, 32), policy.maxLockMs);
}

/** Milliseconds until the counter accepts attempts again; 0 when it does now. */
export function remainingLockMs(state: ThrottleState | null, now: Date): number {
  const until = state?.lockedUntil?.getTime() ?? 0;
  return Math.max(0, until - now.getTime());
}

/**
 * Per attempted email, from anywhere: after `threshold` failures every attempt on the account waits a
 * doubling delay (from `baseLockMs` up to `maxLockMs`) before its answer, and is never refused.
 */
export const ACCOUNT_SLOWDOWN: BackoffPolicy = {
  threshold: 5,
  quietMs: 15 * MINUTE,
  baseLockMs: 250,
  maxLockMs: 2_000,
};

/** How long an attempt on an account with this counter waits before it is answered. */
export function slowdownMs(state: ThrottleState | null, now: Date, policy: BackoffPolicy): number {
  if (!state || now.getTime() - state.lastFailureAt.getTime() > policy.quietMs) return 0;
  return lockDuration(state.failures, policy);
}

/** Whether a lock ended at or before `now` that no later failure has seen, so its end is not yet recorded. */
export function hasUnrecordedUnlock(state: ThrottleState | null, now: Date): boolean {
  const until = state?.lockedUntil;
  return !!state && !!until && until <= now && until > state.lastFailureAt;
}
