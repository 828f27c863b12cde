import { describe, expect, it } from 'vitest';
import { VodError } from './errors';
import { backoffDelayMs, shouldRetry } from './retry';

const policy = { baseMs: 100, capMs: 1_000 };

describe('[vod][retry] backoffDelayMs', () => {
  it('grows the jitter ceiling exponentially up to the cap', () => {
    const atTop = () => 0.999_999;
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelayMs(n, policy, null, atTop))).toEqual([
      99, 199, 399, 799, 999, 999,
    ]);
  });

  it('uses full jitter: anywhere from zero to the ceiling', () => {
    expect(backoffDelayMs(3, policy, null, () => 0)).toBe(0);
    expect(backoffDelayMs(3, policy, null, () => 0.5)).toBe(200);
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelayMs(4, policy);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(800);
    }
  });

  it('never waits less than the server asked for', () => {
    expect(backoffDelayMs(1, policy, 750, () => 0.5)).toBe(750);
    expect(backoffDelayMs(5, policy, 10, () => 0.5)).toBe(500);
  });
});

describe('[vod][retry] shouldRetry', () => {
  const retryable = new VodError({ code: 'Throttling.User', message: 'm', retryable: true });
  const final = new VodError({ code: 'InvalidParameter', message: 'm', retryable: false });

  it('retries retryable errors until the attempts run out', () => {
    expect(shouldRetry(retryable, 1, 3)).toBe(true);
    expect(shouldRetry(retryable, 2, 3)).toBe(true);
    expect(shouldRetry(retryable, 3, 3)).toBe(false);
  });

  it('never retries a final error', () => {
    expect(shouldRetry(final, 1, 6)).toBe(false);
  });
});
