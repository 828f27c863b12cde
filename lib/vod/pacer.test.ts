import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { busiestWindow } from '@/test/support/busiest-window';
import { VodError } from './errors';
import { createPacer, MemoryPacerStore, PACER_UTILIZATION, TIMER_SLACK_MS } from './pacer';

/** Ten calls a second, with a limit that never binds before the schedule does. */
const TEN = { perSec: 10, limit: 10 };
/** UpdateVideoInfos as the pacer runs it. */
const UPDATES = { perSec: 30 * PACER_UTILIZATION, limit: 30 };

/** A deterministic stream of numbers in [0, 1), so a failure replays. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Claims `count` calls, each caller waking `lateness()` ms after the wait it was told. */
async function claimAll(
  store: MemoryPacerStore,
  clock: { now: number },
  count: number,
  lateness: () => number,
) {
  const claimed: number[] = [];
  while (claimed.length < count) {
    const wait = await store.take('k', UPDATES);
    if (wait > 0) clock.now += wait + lateness();
    else claimed.push(clock.now);
  }
  return claimed;
}

describe('[vod][pacer] MemoryPacerStore', () => {
  it('claims a call only when it is due, answering the wait otherwise', async () => {
    let now = 1_000;
    const store = new MemoryPacerStore(() => now);
    expect(await store.take('k', TEN)).toBe(0);
    expect(await store.take('k', TEN)).toBeCloseTo(100);
    // Asking again claims nothing: the wait only shrinks as time passes.
    now += 40;
    expect(await store.take('k', TEN)).toBeCloseTo(60);
    now += 60;
    expect(await store.take('k', TEN)).toBe(0);
    expect(await store.take('k', TEN)).toBeCloseTo(100);
  });

  it('keeps the slot of a late call, so the next call catches up and the lateness costs no rate', async () => {
    let now = 0;
    const store = new MemoryPacerStore(() => now);
    await store.take('k', TEN);
    now = 180; // the timer for the slot at 100 woke 80 ms late
    expect(await store.take('k', TEN)).toBe(0);
    expect(await store.take('k', TEN)).toBeCloseTo(20);
  });

  it('gives the slot up when a call is later than one interval: missed slots are not sent in a burst', async () => {
    let now = 0;
    const store = new MemoryPacerStore(() => now);
    await store.take('k', TEN);
    now = 350; // the event loop was busy for a while
    expect(await store.take('k', TEN)).toBe(0);
    expect(await store.take('k', TEN)).toBeCloseTo(100);
  });

  it('never lets limit + 1 calls closer than limit intervals less the slack, however callers catch up', async () => {
    const clock = { now: 0 };
    const store = new MemoryPacerStore(() => clock.now);
    const interval = 1000 / UPDATES.perSec;
    const random = seeded(7);
    // Every caller late by up to just under an interval: the most catching up the schedule permits.
    const claimed = await claimAll(store, clock, 900, () => random() * interval * 0.99);
    expect(busiestWindow(claimed, 1000)).toBeLessThanOrEqual(30);
    const spans = claimed.slice(30).map((at, i) => at - claimed[i]!);
    expect(Math.min(...spans)).toBeGreaterThanOrEqual(30 * interval - TIMER_SLACK_MS - 1e-6);
  });

  it('loses no rate to callers that wake a few milliseconds late', async () => {
    const clock = { now: 0 };
    const store = new MemoryPacerStore(() => clock.now);
    const random = seeded(11);
    // Timers wake 0-8 ms late, as on a busy event loop.
    const claimed = await claimAll(store, clock, 600, () => random() * 8);
    const rate = (claimed.length - 1) / (claimed.at(-1)! / 1000);
    expect(rate / UPDATES.perSec).toBeGreaterThan(0.99);
  });

  it('keeps separate budgets per key', async () => {
    const store = new MemoryPacerStore(() => 0);
    await store.take('a', { perSec: 1, limit: 1 });
    expect(await store.take('b', { perSec: 1, limit: 1 })).toBe(0);
    expect(await store.take('a', { perSec: 1, limit: 1 })).toBeCloseTo(1000);
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
    expect(busiestWindow(sent, 1000)).toBeLessThanOrEqual(30);
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
    expect(busiestWindow(sent, 1000)).toBeLessThanOrEqual(100);
    expect(busiestWindow(sent, 1000)).toBeGreaterThanOrEqual(95);
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
    // No burst after the stall: the missed slots are given up, and the calls after it go one interval apart
    // (a whole millisecond less where the timer rounds).
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(Math.floor(1000 / (30 * PACER_UTILIZATION)));
  });
});
