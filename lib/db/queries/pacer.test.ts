import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPacer, ReservingPacerStore } from '@/lib/vod';
import { testDatabaseTargets } from '@/test/support/db';
import { reservePacerSlots } from './pacer';

describe.each(testDatabaseTargets().map((t) => [t.name, t] as const))(
  '[STORE][%s] pacer schedules',
  (_name, target) => {
    let store: Awaited<ReturnType<typeof target.create>>;

    beforeAll(async () => {
      store = await target.create();
    });
    afterAll(async () => {
      await store?.dispose();
    });

    it('hands out consecutive runs, each starting where the last one ended', async () => {
      const first = await reservePacerSlots('a|UpdateVideoInfos', 4, 50, 0, store.db);
      const second = await reservePacerSlots('a|UpdateVideoInfos', 2, 50, 0, store.db);
      const other = await reservePacerSlots('b|UpdateVideoInfos', 1, 50, 0, store.db);
      expect(first.firstMs).toBeGreaterThanOrEqual(first.nowMs);
      expect(second.firstMs).toBeCloseTo(first.firstMs + 200, 6);
      // Another account's schedule is its own.
      expect(other.firstMs).toBeLessThan(second.firstMs);
    });

    it('starts from now once the schedule lies in the past', async () => {
      const stale = await reservePacerSlots('c|UpdateVideoInfos', 1, 10, 0, store.db);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const fresh = await reservePacerSlots('c|UpdateVideoInfos', 1, 10, -2, store.db);
      expect(fresh.firstMs).toBeGreaterThan(stale.firstMs + 10);
      expect(fresh.firstMs).toBeCloseTo(fresh.nowMs - 2, 6);
    });

    it('keeps three servers calling together to one rate: no second holds more calls than the limit', async () => {
      const servers = [0, 1, 2].map(() =>
        createPacer({
          store: new ReservingPacerStore((key, count, interval, ahead) =>
            reservePacerSlots(key, count, interval, ahead, store.db),
          ),
          account: 'shared',
          limits: { UpdateVideoInfos: 20 },
        }),
      );
      const sent: Array<{ server: number; at: number }> = [];
      await Promise.all(
        servers.flatMap((pacer, server) =>
          Array.from({ length: 15 }, () =>
            pacer.acquire('UpdateVideoInfos').then(() => sent.push({ server, at: performance.now() })),
          ),
        ),
      );
      const times = sent.map((call) => call.at).sort((a, b) => a - b);
      let most = 0;
      for (let end = 0, start = 0; end < times.length; end++) {
        while (times[end]! - times[start]! >= 1000) start++;
        most = Math.max(most, end - start + 1);
      }
      expect(most).toBeLessThanOrEqual(20);
      // The servers took turns: each had calls in the first half.
      expect(new Set(sent.slice(0, 20).map((call) => call.server)).size).toBe(3);
    });
  },
);
