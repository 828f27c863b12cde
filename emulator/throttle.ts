import { QPS_LIMITS } from '@/lib/edits/limits';

const WINDOW_MS = 1000;
// Actions the QPS table does not list get the most generous limit VOD applies to a read.
const DEFAULT_QPS = 100;

/**
 * Per-account, per-action QPS limits over a sliding one-second window. Each window is a ring buffer of the
 * last `limit` admission times: a call is admitted when the oldest of them is at least a second old.
 */
export class Throttle {
  private readonly windows = new Map<string, { times: Float64Array; next: number }>();
  private override: number | null = null;

  /** Replaces every action's limit (fault injection), or restores the QPS table with null. */
  setOverride(qps: number | null): void {
    this.override = qps;
    this.windows.clear();
  }

  reset(): void {
    this.windows.clear();
  }

  /** Admits the call (counting it), or returns the milliseconds until a call would be admitted. */
  admit(
    accountId: string,
    action: string,
    now: number = Date.now(),
  ): { ok: true } | { ok: false; retryAfterMs: number } {
    const key = `${accountId}\n${action}`;
    let window = this.windows.get(key);
    if (!window) {
      const limit = Math.max(1, Math.floor(this.override ?? QPS_LIMITS[action] ?? DEFAULT_QPS));
      window = { times: new Float64Array(limit).fill(Number.NEGATIVE_INFINITY), next: 0 };
      this.windows.set(key, window);
    }
    const oldest = window.times[window.next]!;
    if (now - oldest < WINDOW_MS)
      return { ok: false, retryAfterMs: Math.max(1, Math.ceil(oldest + WINDOW_MS - now)) };
    window.times[window.next] = now;
    window.next = (window.next + 1) % window.times.length;
    return { ok: true };
  }
}
