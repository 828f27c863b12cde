import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '@/test/support/db';
import type { Database } from '../client';
import { batches, batchItems, users } from '../schema';
import { getOverview, listActiveBatches } from './overview';

// 23:30 UTC on March 3rd is already March 4th in Shanghai (UTC+8): days are the viewer's, not UTC's.
const LATE = new Date('2025-03-03T23:30:00Z');
const NEXT = new Date('2025-03-04T10:00:00Z');
const PERIOD = {
  from: new Date('2025-03-02T16:00:00Z'),
  to: new Date('2025-03-05T16:00:00Z'),
  timeZone: 'Asia/Shanghai',
};

async function seed(db: Database) {
  const [alice, bob] = await db
    .insert(users)
    .values([
      { email: 'alice@test.local', role: 'editor' },
      { email: 'bob@test.local', role: 'editor' },
    ])
    .returning({ id: users.id });
  const row = (
    userId: string,
    createdAt: Date,
    counts: { updated: number; failed?: number; conflict?: number },
  ) => ({
    userId,
    kind: 'save' as const,
    status: (counts.failed || counts.conflict ? 'done_with_problems' : 'done') as
      | 'done'
      | 'done_with_problems',
    total: counts.updated + (counts.failed ?? 0) + (counts.conflict ?? 0),
    updated: counts.updated,
    failed: counts.failed ?? 0,
    conflict: counts.conflict ?? 0,
    createdAt,
  });
  const [first, second, third] = await db
    .insert(batches)
    .values([
      row(alice!.id, LATE, { updated: 50 }),
      row(alice!.id, NEXT, { updated: 8, failed: 2 }),
      row(bob!.id, NEXT, { updated: 3, conflict: 1 }),
      // Outside the period: counted nowhere.
      row(bob!.id, new Date('2025-02-01T00:00:00Z'), { updated: 999 }),
    ])
    .returning({ id: batches.id });
  await db
    .insert(batches)
    .values({ ...row(bob!.id, NEXT, { updated: 0 }), status: 'running', total: 40, pending: 30 });
  const item = (
    batchId: string,
    videoId: string,
    status: 'failed' | 'conflict',
    errorCode: string | null,
  ) => ({
    batchId,
    videoId,
    base: {},
    changes: {},
    status,
    errorCode,
    updatedAt: NEXT,
  });
  await db
    .insert(batchItems)
    .values([
      item(second!.id, 'v-flaky', 'failed', 'ServiceUnavailable'),
      item(second!.id, 'v-other', 'failed', 'ServiceUnavailable'),
      item(third!.id, 'v-flaky', 'conflict', null),
    ]);
  return { first: first!.id, second: second!.id, third: third!.id };
}

describe.each(testDatabaseTargets().map((t) => [t.name, t] as const))('[OVERVIEW][%s]', (_name, target) => {
  let store: Awaited<ReturnType<typeof target.create>>;
  let ids: Awaited<ReturnType<typeof seed>>;

  beforeAll(async () => {
    store = await target.create();
    ids = await seed(store.db);
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it('counts batches and videos changed per day in the viewer’s time zone', async () => {
    const overview = await getOverview(PERIOD, store.db);
    expect(overview.days).toEqual([{ day: '2025-03-04', batches: 4, videosChanged: 61 }]);
    expect(overview.totals).toEqual({ batches: 4, videos: 104, videosChanged: 61 });
    expect(overview.outcomes).toMatchObject({ updated: 61, failed: 2, conflict: 1, forbidden: 0 });
    const utc = await getOverview({ ...PERIOD, timeZone: 'UTC' }, store.db);
    expect(utc.days.map((day) => day.day)).toEqual(['2025-03-03', '2025-03-04']);
  });

  it('ranks problem codes with their batches, editors by videos changed, and videos failing in several batches', async () => {
    const overview = await getOverview(PERIOD, store.db);
    expect(overview.problems).toEqual([
      { code: 'ServiceUnavailable', outcome: 'failed', videos: 2, batchIds: [ids.second] },
      { code: 'conflict', outcome: 'conflict', videos: 1, batchIds: [ids.third] },
    ]);
    expect(overview.editors.map((e) => [e.email, e.videosChanged, e.batches])).toEqual([
      ['alice@test.local', 58, 2],
      ['bob@test.local', 3, 2],
    ]);
    expect(overview.repeatedFailures).toEqual([
      {
        videoId: 'v-flaky',
        failures: 2,
        batches: 2,
        lastBatchId: expect.any(String),
        lastCode: expect.any(String),
      },
    ]);
  });

  it('stays exact for periods that cut a quarter hour, and follows a batch’s counters as they change', async () => {
    // LATE is 23:30 UTC: a period starting or ending a minute either side of it must take it or leave it.
    const minute = 60_000;
    const around = (from: number, to: number) =>
      getOverview({ from: new Date(from), to: new Date(to), timeZone: 'UTC' }, store.db);
    expect((await around(LATE.getTime() - minute, LATE.getTime() + minute)).totals.batches).toBe(1);
    expect((await around(LATE.getTime() + minute, NEXT.getTime())).totals.batches).toBe(0);
    expect((await around(LATE.getTime() - 20 * minute, LATE.getTime())).totals.batches).toBe(0);
    expect((await around(LATE.getTime(), LATE.getTime() + 7 * minute)).totals.batches).toBe(1);

    // The running batch finishes: its counters move, and the overview with them.
    const [running] = await store.db.select().from(batches).where(eq(batches.status, 'running'));
    await store.db
      .update(batches)
      .set({ updated: 35, failed: 5, pending: 0, status: 'done_with_problems' })
      .where(eq(batches.id, running!.id));
    const after = await getOverview(PERIOD, store.db);
    expect(after.totals).toEqual({ batches: 4, videos: 104, videosChanged: 96 });
    expect(after.outcomes).toMatchObject({ updated: 96, failed: 7 });
    await store.db
      .update(batches)
      .set({ updated: 0, failed: 0, pending: 30, status: 'running' })
      .where(eq(batches.id, running!.id));
    expect((await getOverview(PERIOD, store.db)).totals).toEqual({
      batches: 4,
      videos: 104,
      videosChanged: 61,
    });
  });

  it('lists batches not finished yet with their progress', async () => {
    expect(await listActiveBatches(store.db)).toEqual([
      expect.objectContaining({ userEmail: 'bob@test.local', status: 'running', total: 40, done: 10 }),
    ]);
  });
});
