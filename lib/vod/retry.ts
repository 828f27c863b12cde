import type { VodError } from './errors';

/** Exponential backoff with full jitter: the n-th retry waits a random time in [0, min(cap, base·2^(n-1))). */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 200, capMs: 8_000 };

/**
 * How long to wait before retrying after failed attempt number `attempt` (1-based). A server's
 * x-acs-retry-after is a floor: the jittered delay never undercuts it.
 */
export function backoffDelayMs(
  attempt: number,
  policy: BackoffPolicy,
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(random() * ceiling);
  return retryAfterMs !== null ? Math.max(retryAfterMs, jittered) : jittered;
}

/** Whether a failed attempt should be tried again. */
export function shouldRetry(error: VodError, attempt: number, maxAttempts: number): boolean {
  return error.retryable && attempt < maxAttempts;
}
