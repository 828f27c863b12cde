import { describe, expect, it } from 'vitest';
import { busiestWindow } from '@/test/support/busiest-window';
import { type ReserveRun, ReservingPacerStore } from './reserving-pacer-store';

/** A shared schedule in memory, with its own clock `skewMs` ahead of the servers' clock. */
function sharedSchedule(clock: () => number, skewMs = 0) {
  const due = new Map<string, number>();
  const calls: number[] = [];
  const reserve: ReserveRun = async (key, count, interval, ahead) => {
    const now = clock() + skewMs;
    const first = Math.max(due.get(key) ?? Number.NEGATIVE_INFINITY, now + ahead);
    due.set(key, first + count * interval);
    calls.push(count);
    return { firstMs: first, nowMs: now };
  };
  return { reserve, calls };
}

const TEN = { perSec: 10, limit: 10 };

describe('[vod][pacer] ReservingPacerStore', () => {
  it('reserves a run of slots in one round trip and hands them out one interval apart', async () => {
    let now = 10_000;
    const schedule = sharedSchedule(() => now);
    const store = new ReservingPacerStore(schedule.reserve, { now: () => now, runLength: 4 });
    expect(await store.take('k', TEN, 8)).toBe(0);
    // The first slot is the timer slack (2 ms) in the past, the next one interval later.
    expect(await store.take('k', TEN, 7)).toBeCloseTo(98);
    now += 98;
    expect(await store.take('k', TEN, 7)).toBe(0);
    now += 100;
    expect(await store.take('k', TEN, 6)).toBe(0);
    now += 100;
    expect(await store.take('k', TEN, 5)).toBe(0);
    expect(schedule.calls).toEqual([4]);
    expect(store.stats()).toMatchObject({ calls: 4, reservations: 1 });
  });

  it('reserves no more slots than calls are waiting', async () => {
    const now = 0;
    const schedule = sharedSchedule(() => now);
    const store = new ReservingPacerStore(schedule.reserve, { now: () => now, runLength: 4 });
    await store.take('k', TEN, 1);
    expect(schedule.calls).toEqual([1]);
  });

  it('lets servers with their own runs take turns on one schedule, never two calls in one slot', async () => {
    let now = 0;
    const schedule = sharedSchedule(() => now);
    const servers = [0, 1, 2].map(
      () => new ReservingPacerStore(schedule.reserve, { now: () => now, runLength: 4 }),
    );
    const sent: Array<{ server: number; at: number }> = [];
    // Each server asks whenever its wait is over; time advances in 1 ms steps.
    const nextTry = [0, 0, 0];
    while (sent.length < 60) {
      for (const [server, store] of servers.entries()) {
        if (nextTry[server]! > now) continue;
        const wait = await store.take('k', { perSec: 29.1, limit: 30 }, 100);
        if (wait === 0) sent.push({ server, at: now });
        else nextTry[server] = now + wait;
      }
      now += 1;
    }
    expect(
      busiestWindow(
        sent.map((call) => call.at),
        1000,
      ),
    ).toBeLessThanOrEqual(30);
    // Turns of at most four calls each.
    const owners = sent.map((call) => call.server);
    expect(new Set(owners.slice(0, 12))).toEqual(new Set([0, 1, 2]));
  });

  it('places slots on the shared clock, whatever this server clock says', async () => {
    const now = 0;
    const schedule = sharedSchedule(() => now, 5_000);
    const store = new ReservingPacerStore(schedule.reserve, { now: () => now, runLength: 2 });
    expect(await store.take('k', TEN, 2)).toBe(0);
    expect(await store.take('k', TEN, 1)).toBeCloseTo(98);
  });

  it('leaves a slot unused when it was missed by more than the slack, so late calls never bunch', async () => {
    let now = 0;
    const schedule = sharedSchedule(() => now);
    const store = new ReservingPacerStore(schedule.reserve, { now: () => now, runLength: 4 });
    expect(await store.take('k', TEN, 4)).toBe(0);
    now = 250; // the event loop was busy: the slots at 100 and 200 passed
    expect(await store.take('k', TEN, 4)).toBeCloseTo(48);
    now = 300;
    expect(await store.take('k', TEN, 4)).toBe(0);
    expect(store.stats().calls).toBe(2);
  });
});
