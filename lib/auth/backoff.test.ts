import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_BACKOFF,
  type BackoffPolicy,
  lockDuration,
  registerFailure,
  remainingLockMs,
  type ThrottleState,
} from './backoff';

const policy: BackoffPolicy = {
  threshold: 5,
  quietMs: 15 * 60_000,
  baseLockMs: 30_000,
  maxLockMs: 3_600_000,
};
const t0 = new Date('2025-01-01T00:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function failTimes(times: number[]): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (const ms of times) state = registerFailure(state, at(ms), policy);
  return state;
}

describe('[AUTH][backoff]', () => {
  it('lets four failures through and locks at the fifth for the base delay', () => {
    const four = failTimes([0, 1000, 2000, 3000]);
    expect(four?.failures).toBe(4);
    expect(remainingLockMs(four, at(3000))).toBe(0);
    const five = registerFailure(four, at(4000), policy);
    expect(remainingLockMs(five, at(4000))).toBe(30_000);
    expect(remainingLockMs(five, at(34_000))).toBe(0);
  });

  it('doubles the lock with each further failure, up to the cap', () => {
    expect([5, 6, 7, 8].map((n) => lockDuration(n, policy))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(lockDuration(4, policy)).toBe(0);
    expect(lockDuration(50, policy)).toBe(3_600_000);
    expect(lockDuration(100_000, policy)).toBe(3_600_000);
  });

  it('starts over only after a quiet period once the lock has ended', () => {
    const locked = failTimes([0, 1, 2, 3, 4]); // locked until 30_004
    // Failing right after the lock ends continues the count: a steady attacker keeps doubling.
    expect(registerFailure(locked, at(40_000), policy).failures).toBe(6);
    const quiet = registerFailure(locked, at(30_004 + policy.quietMs + 1), policy);
    expect(quiet).toMatchObject({ failures: 1, lockedUntil: null });
    expect(quiet.windowStartedAt).toEqual(at(30_004 + policy.quietMs + 1));
  });

  it('never shortens a lock and never exceeds the cap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 * 3_600_000 }), { minLength: 1, maxLength: 40 }),
        (gaps) => {
          let state: ThrottleState | null = null;
          let now = 0;
          for (const gap of gaps) {
            now += gap;
            const before = state?.lockedUntil?.getTime() ?? 0;
            state = registerFailure(state, at(now), ACCOUNT_BACKOFF);
            const after = state.lockedUntil?.getTime() ?? 0;
            if (state.failures > 1) expect(after).toBeGreaterThanOrEqual(before);
            expect(remainingLockMs(state, at(now))).toBeLessThanOrEqual(ACCOUNT_BACKOFF.maxLockMs);
          }
        },
      ),
    );
  });
});
