import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VodError } from './errors';
import { createPacer, MemoryPacerStore, PACER_UTILIZATION, TIMER_SLACK_MS } from './pacer';

/** The largest number of times falling in any window [t, t + windowMs). */
function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

describe('[vod][pacer] MemoryPacerStore', () => {
  it('claims a call only when it is due, answering the wait otherwise', async () => {
    let now = 1_000;
    const store = new MemoryPacerStore(() => now);
    expect(await store.take('k', 10, 1)).toBe(0);
    expect(await store.take('k', 10, 1)).toBeCloseTo(100);
    // Asking again claims nothing: the wait only shrinks as time passes.
    now += 40;
    expect(await store.take('k', 10, 1)).toBeCloseTo(60);
    now += 60;
    expect(await store.take('k', 10, 1)).toBe(0);
    expect(await store.take('k', 10, 1)).toBeCloseTo(100);
  });

  it('measures spacing from the actual claim, so a late caller does not bunch the next ones', async () => {
    let now = 0;
    const store = new MemoryPacerStore(() => now);
    await store.take('k', 10, 1);
    now = 350; // the event loop was busy for a while
    expect(await store.take('k', 10, 1)).toBe(0);
    // The schedule restarts from the late claim (less the timer slack), not from the missed slot.
    expect(await store.take('k', 10, 1)).toBeCloseTo(100 - TIMER_SLACK_MS);
  });

  it('keeps the schedule for a claim late by no more than the timer slack', async () => {
    let now = 0;
    const store = new MemoryPacerStore(() => now);
    await store.take('k', 10, 1);
    now = 100 + TIMER_SLACK_MS; // a timer that woke late
    expect(await store.take('k', 10, 1)).toBe(0);
    // The next slot stays at 200: lateness within the slack costs no rate.
    expect(await store.take('k', 10, 1)).toBeCloseTo(200 - now);
  });

  it('holds at most 30 calls in any second at the real rate, each claim late by up to the slack', async () => {
    let now = 0;
    const store = new MemoryPacerStore(() => now);
    const claimed: number[] = [];
    while (claimed.length < 300) {
      const wait = await store.take('k', 30 * PACER_UTILIZATION, 1);
      if (wait > 0) {
        // One claim as late as the slack allows, the next 30 on time: the tightest 31 calls it permits.
        now += wait + (claimed.length % 31 === 0 ? TIMER_SLACK_MS : 0);
        continue;
      }
      claimed.push(now);
    }
    expect(maxInWindow(claimed, 1000)).toBeLessThanOrEqual(30);
  });

  it('lets a burst through at once, then paces', async () => {
    let now = 0;
    const store = new MemoryPacerStore(() => now);
    const claimed: number[] = [];
    while (claimed.length < 5) {
      const wait = await store.take('k', 10, 3);
      if (wait === 0) claimed.push(now);
      else now += wait;
    }
    expect(claimed.map(Math.round)).toEqual([0, 0, 0, 100, 200]);
  });

  it('keeps separate budgets per key', async () => {
    const store = new MemoryPacerStore(() => 0);
    await store.take('a', 1, 1);
    expect(await store.take('b', 1, 1)).toBe(0);
    expect(await store.take('a', 1, 1)).toBeCloseTo(1000);
  });
});

describe('[vod][pacer] createPacer under a fake clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function pacer() {
    return createPacer({ store: new MemoryPacerStore(() => Date.now()), account: 'acct' });
  }

  it('never lets more than 30 UpdateVideoInfos calls into any one-second window', async () => {
    const paced = pacer();
    const sent: number[] = [];
    const calls = Array.from({ length: 200 }, () =>
      paced.acquire('UpdateVideoInfos').then(() => sent.push(Date.now())),
    );
    await vi.runAllTimersAsync();
    await Promise.all(calls);
    expect(sent).toHaveLength(200);
    expect(maxInWindow(sent, 1000)).toBeLessThanOrEqual(30);
    const gaps = sent.slice(1).map((t, i) => t - sent[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(Math.floor(1000 / 30));
    // Close to the limit, not far below it: 200 calls in about 200 / 29.1 seconds.
    expect(sent.at(-1)!).toBeLessThan(7_000);
  });

  it('serves waiters first come, first served, so concurrent callers interleave', async () => {
    const paced = pacer();
    const order: string[] = [];
    const caller = async (name: string) => {
      for (let i = 0; i < 5; i++) {
        await paced.acquire('UpdateVideoInfos');
        order.push(name);
      }
    };
    const both = Promise.all([caller('a'), caller('b')]);
    await vi.runAllTimersAsync();
    await both;
    expect(order.join('')).toBe('ababababab');
  });

  it('serves lanes in turn, so a small operation is not queued behind a large one', async () => {
    const paced = pacer();
    const order: string[] = [];
    const large = Array.from({ length: 8 }, () =>
      paced.acquire('UpdateVideoInfos', undefined, 'large').then(() => order.push('L')),
    );
    const small = Array.from({ length: 3 }, () =>
      paced.acquire('UpdateVideoInfos', undefined, 'small').then(() => order.push('s')),
    );
    await vi.runAllTimersAsync();
    await Promise.all([...large, ...small]);
    expect(order.join('')).toBe('LsLsLsLLLLL');
  });

  it('drops a waiter that gives up from its lane and keeps serving the others in turn', async () => {
    const paced = pacer();
    const order: string[] = [];
    const controller = new AbortController();
    const first = paced.acquire('UpdateVideoInfos', undefined, 'a').then(() => order.push('a1'));
    const abandoned = paced.acquire('UpdateVideoInfos', controller.signal, 'b');
    const rest = [
      paced.acquire('UpdateVideoInfos', undefined, 'a').then(() => order.push('a2')),
      paced.acquire('UpdateVideoInfos', undefined, 'c').then(() => order.push('c1')),
    ];
    controller.abort();
    await expect(abandoned).rejects.toMatchObject({ code: 'Aborted' });
    await vi.runAllTimersAsync();
    await Promise.all([first, ...rest]);
    expect(order).toEqual(['a1', 'c1', 'a2']);
  });

  it('paces each action by its own limit and leaves unknown actions alone', async () => {
    const paced = pacer();
    const sent: number[] = [];
    const calls = Array.from({ length: 120 }, () =>
      paced.acquire('GetVideoInfos').then(() => sent.push(Date.now())),
    );
    await paced.acquire('NotPacedAction');
    await vi.runAllTimersAsync();
    await Promise.all(calls);
    expect(maxInWindow(sent, 1000)).toBeLessThanOrEqual(100);
    expect(maxInWindow(sent, 1000)).toBeGreaterThanOrEqual(95);
  });

  it('stops waiting when the signal fires and lets the next waiter have the slot', async () => {
    const paced = pacer();
    await paced.acquire('UpdateVideoInfos');
    const controller = new AbortController();
    const abandoned = paced.acquire('UpdateVideoInfos', controller.signal);
    const next = paced.acquire('UpdateVideoInfos').then(() => Date.now());
    controller.abort();
    await expect(abandoned).rejects.toMatchObject({ code: 'Aborted' });
    await expect(abandoned).rejects.toBeInstanceOf(VodError);
    await vi.runAllTimersAsync();
    expect(await next).toBeLessThanOrEqual(Math.ceil(1000 / (30 * PACER_UTILIZATION)));
  });

  it('keeps calls spaced at send time when the event loop stalls under waiting callers', async () => {
    const paced = pacer();
    const sent: number[] = [];
    const calls = Array.from({ length: 8 }, () =>
      paced.acquire('UpdateVideoInfos').then(() => sent.push(Date.now())),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    // Time passes without any timer firing, as when the event loop is blocked; then they all come due.
    vi.setSystemTime(Date.now() + 300);
    await vi.runAllTimersAsync();
    await Promise.all(calls);
    const gaps = sent.slice(1).map((t, i) => t - sent[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(300);
    // No catching up after the stall: at most the timer slack closer than the interval.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000 / (30 * PACER_UTILIZATION) - TIMER_SLACK_MS);
  });
});
