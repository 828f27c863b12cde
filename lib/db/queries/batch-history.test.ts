import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAuditParams, parseBatchListParams } from '@/lib/history/search-params';
import { testDatabaseTargets } from '@/test/support/db';
import type { Database } from '../client';
import { auditEvents, batchChunks, batches, batchItems, users } from '../schema';
import {
  type BatchSummary,
  getBatchDetail,
  iterateBatchItems,
  listAuditTrail,
  listBatchChunks,
  listBatches,
  listBatchItems,
  type Page,
} from './batch-history';

// Batches 0..19 one minute apart from this instant; 20..22 share one millisecond (microseconds differ), so a
// cursor rounded to milliseconds would skip or repeat rows.
const T0 = Date.parse('2025-03-04T08:00:00.000Z');
const minute = (n: number) => new Date(T0 + n * 60_000).toISOString();
const SAME_MS = ['2025-03-04T09:00:00.123100Z', '2025-03-04T09:00:00.123200Z', '2025-03-04T09:00:00.123300Z'];

interface Seeded {
  ids: { admin: string; alice: string; bob: string };
  batchIds: string[];
}

/** Three users, 25 batches (three sharing one millisecond), one batch's items and chunks, 15 audit events. */
async function seed(db: Database): Promise<Seeded> {
  const ids = { admin: '', alice: '', bob: '' };
  const batchIds: string[] = [];
  const [admin, alice, bob] = await db
    .insert(users)
    .values([
      { email: 'admin@test.local', role: 'admin' },
      { email: 'alice@test.local', role: 'editor' },
      { email: 'bob@test.local', role: 'editor' },
    ])
    .returning({ id: users.id });
  ids.admin = admin!.id;
  ids.alice = alice!.id;
  ids.bob = bob!.id;

  const createdAt = [...Array.from({ length: 20 }, (_, n) => minute(n)), ...SAME_MS];
  const rows = await db
    .insert(batches)
    .values(
      createdAt.map((at, n) => ({
        userId: n % 2 === 0 ? ids.alice : ids.bob,
        kind: 'save' as const,
        status: n % 5 === 0 ? ('done_with_problems' as const) : ('done' as const),
        total: 10,
        updated: n % 5 === 0 ? 8 : 10,
        forbidden: n % 5 === 0 ? 2 : 0,
        createdAt: sql`${at}::timestamptz`,
      })),
    )
    .returning({ id: batches.id });
  batchIds.push(...rows.map((row) => row.id));
  await db.insert(batches).values([
    {
      userId: ids.admin,
      kind: 'retry',
      parentBatchId: batchIds[0],
      total: 2,
      createdAt: new Date(T0 + 1000),
    },
    {
      userId: ids.admin,
      kind: 'revert',
      parentBatchId: batchIds[0],
      total: 8,
      createdAt: new Date(T0 + 2000),
    },
  ]);

  const [chunk0, chunk1] = await db
    .insert(batchChunks)
    .values([
      {
        batchId: batchIds[0]!,
        seq: 0,
        videoIds: ['v01', 'v02'],
        status: 'done',
        startedAt: new Date(T0),
        durationMs: 420,
        attempts: 2,
        requestIds: ['REQ-A', 'REQ-B'],
      },
      {
        batchId: batchIds[0]!,
        seq: 1,
        videoIds: ['v03'],
        status: 'done',
        attempts: 1,
        requestIds: ['REQ-C'],
      },
      { batchId: batchIds[0]!, seq: 2, videoIds: ['v04'], status: 'pending' },
    ])
    .returning({ id: batchChunks.id });
  await db.insert(batchItems).values([
    {
      batchId: batchIds[0]!,
      videoId: 'v02',
      title: 'Quarterly 100% review',
      base: { title: 'Old' },
      changes: { title: 'New' },
      status: 'updated',
      requestId: 'REQ-B',
      attempts: 2,
      chunkId: chunk0!.id,
    },
    {
      batchId: batchIds[0]!,
      videoId: 'v01',
      title: 'Cat video',
      base: { tags: ['browser said'] },
      before: { tags: ['a'] },
      changes: { tags: ['a', 'b'] },
      status: 'forbidden',
      errorCode: 'Forbidden',
      errorMessage: 'No permission',
      requestId: 'REQ-B',
      chunkId: chunk0!.id,
    },
    {
      batchId: batchIds[0]!,
      videoId: 'v03',
      title: '猫の動画 🐱',
      base: { cateId: 1 },
      changes: { cateId: 2 },
      status: 'conflict',
      current: { cateId: 3 },
      chunkId: chunk1!.id,
    },
    { batchId: batchIds[0]!, videoId: 'v04', title: 'Dog video', base: {}, changes: { title: 'X' } },
    { batchId: batchIds[1]!, videoId: 'v01', title: 'Cat video', base: {}, changes: { title: 'Y' } },
  ]);

  await db.insert(auditEvents).values([
    ...Array.from({ length: 12 }, (_, n) => ({
      at: new Date(T0 + n * 1000),
      actorId: n % 3 === 0 ? ids.admin : ids.alice,
      actorEmail: n % 3 === 0 ? 'admin@test.local' : 'alice@test.local',
      action: n % 2 === 0 ? 'batch.created' : 'auth.sign_in',
      targetType: 'batch',
      targetId: `t${n}`,
      details: { n },
    })),
    ...SAME_MS.map((at, n) => ({
      at: sql`${at}::timestamptz`,
      actorEmail: 'unknown@test.local',
      action: 'auth.sign_in_failed',
      details: { n },
    })),
  ]);
  return { ids, batchIds };
}

async function collect<T>(
  load: (cursor: string | null) => Promise<Page<T>>,
): Promise<{ rows: T[]; pages: number }> {
  const rows: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Page<T> = await load(cursor);
    rows.push(...page.rows);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 100);
  return { rows, pages };
}

describe.each(testDatabaseTargets().map((target) => [target.name, target] as const))(
  'on %s',
  (_name, target) => {
    let open: Awaited<ReturnType<typeof target.create>>;
    let ids: Seeded['ids'];
    let batchIds: string[];
    const admin = () => ({ id: ids.admin, role: 'admin' as const });
    const alice = () => ({ id: ids.alice, role: 'editor' as const });

    beforeAll(async () => {
      open = await target.create();
      ({ ids, batchIds } = await seed(open.db));
    }, 60_000);

    afterAll(async () => {
      await open?.dispose();
    });

    describe('listBatches', () => {
      it('pages through every batch newest first, exactly once, across rows sharing a millisecond', async () => {
        const { rows, pages } = await collect((cursor) =>
          listBatches({ viewer: admin(), cursor, limit: 2 }, open.db),
        );
        // Pages of two put a page boundary between rows of the same millisecond.
        expect(pages).toBe(Math.ceil(25 / 2));
        expect(rows).toHaveLength(25);
        expect(new Set(rows.map((row) => row.id)).size).toBe(25);
        expect(rows.slice(0, 3).map((row) => row.id)).toEqual([batchIds[22], batchIds[21], batchIds[20]]);
        const times = rows.map((row) => row.createdAt);
        expect([...times].sort().reverse()).toEqual(times);
      });

      it('shows an editor only their own batches, whatever user they filter by', async () => {
        const own = await listBatches({ viewer: alice(), limit: 100 }, open.db);
        expect(own.rows.length).toBe(12);
        expect(
          own.rows.every((row) => row.userId === ids.alice && row.userEmail === 'alice@test.local'),
        ).toBe(true);
        const other = await listBatches(
          { viewer: alice(), filter: { userId: ids.bob }, limit: 100 },
          open.db,
        );
        expect(other.rows).toEqual([]);
      });

      it('lets an admin filter by user, outcome, status and a half-open date range', async () => {
        const byBob = await listBatches(
          { viewer: admin(), filter: { userId: ids.bob }, limit: 100 },
          open.db,
        );
        expect(byBob.rows.map((row) => row.userId)).toEqual(Array(11).fill(ids.bob));

        const forbidden = await listBatches(
          { viewer: admin(), filter: { outcome: 'forbidden' }, limit: 100 },
          open.db,
        );
        expect(forbidden.rows.map((row) => row.id).sort()).toEqual(
          [0, 5, 10, 15, 20].map((n) => batchIds[n]).sort(),
        );
        expect(forbidden.rows.every((row) => row.counts.forbidden === 2 && row.counts.updated === 8)).toBe(
          true,
        );

        const problems = await listBatches(
          { viewer: admin(), filter: { status: 'done_with_problems', outcome: 'forbidden' }, limit: 100 },
          open.db,
        );
        expect(problems.rows).toHaveLength(5);

        const range = await listBatches(
          { viewer: admin(), filter: { from: new Date(minute(3)), to: new Date(minute(6)) }, limit: 100 },
          open.db,
        );
        expect(range.rows.map((row) => row.id)).toEqual([batchIds[5], batchIds[4], batchIds[3]]);
      });

      it('treats a tampered cursor as the first page', async () => {
        const first = await listBatches({ viewer: admin(), limit: 2 }, open.db);
        for (const cursor of ['garbage', Buffer.from('["x","y"]').toString('base64url')]) {
          const page = await listBatches({ viewer: admin(), cursor, limit: 2 }, open.db);
          expect(page.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
        }
      });
    });

    it('answers, unfiltered, the dates of a hand-made URL outside the database’s range (/batches, /audit)', async () => {
      // JavaScript dates reach ±275760; PostgreSQL refuses those years, so the URL parsers must drop them.
      const hostile = { from: '+275760-09-13T00:00:00.000Z', to: '-100000-01-01T00:00:00.000Z' };
      const list = parseBatchListParams(hostile);
      const batchPage = await listBatches(
        { viewer: admin(), filter: { from: list.from, to: list.to }, limit: 100 },
        open.db,
      );
      expect(batchPage.rows).toHaveLength(25);
      const audit = parseAuditParams(hostile);
      const events = await listAuditTrail(
        { filter: { from: audit.from, to: audit.to }, limit: 100 },
        open.db,
      );
      expect(events.rows).toHaveLength(15);
    });

    describe('getBatchDetail', () => {
      it('returns the batch with its author, counters and child batches', async () => {
        const detail = await getBatchDetail(batchIds[0]!, open.db);
        expect(detail).toMatchObject<Partial<BatchSummary>>({
          id: batchIds[0],
          userEmail: 'alice@test.local',
          status: 'done_with_problems',
          total: 10,
        });
        expect(detail?.counts).toMatchObject({ updated: 8, forbidden: 2, conflict: 0 });
        expect(detail?.children.map((child) => child.kind)).toEqual(['retry', 'revert']);
      });

      it('returns null for an unknown or malformed id', async () => {
        expect(await getBatchDetail('00000000-0000-4000-8000-000000000000', open.db)).toBeNull();
        expect(await getBatchDetail('not-a-uuid', open.db)).toBeNull();
      });
    });

    describe('listBatchItems', () => {
      const batchId = () => batchIds[0]!;

      it('lists a batch’s items in video-id order with the chunk that carried each', async () => {
        const page = await listBatchItems({ batchId: batchId(), limit: 10 }, open.db);
        expect(page.rows.map((row) => row.videoId)).toEqual(['v01', 'v02', 'v03', 'v04']);
        expect(page.rows[0]).toMatchObject({
          status: 'forbidden',
          errorCode: 'Forbidden',
          errorMessage: 'No permission',
          // What the server read from VOD, never the browser's base.
          before: { tags: ['a'] },
          changes: { tags: ['a', 'b'] },
          chunk: { seq: 0, requestIds: ['REQ-A', 'REQ-B'] },
        });
        expect(page.rows[2]?.current).toEqual({ cateId: 3 });
        // A conflict's before is VOD's value the server found; a video never read has none.
        expect(page.rows[2]?.before).toEqual({ cateId: 3 });
        expect(page.rows[3]?.before).toEqual({});
        expect(page.rows[3]?.chunk).toBeNull();
        expect(page.nextCursor).toBeNull();
      });

      it('filters by outcome and searches by exact video id or part of the title', async () => {
        const conflicts = await listBatchItems(
          { batchId: batchId(), status: 'conflict', limit: 10 },
          open.db,
        );
        expect(conflicts.rows.map((row) => row.videoId)).toEqual(['v03']);
        const byId = await listBatchItems({ batchId: batchId(), search: 'v04', limit: 10 }, open.db);
        expect(byId.rows.map((row) => row.videoId)).toEqual(['v04']);
        const byTitle = await listBatchItems({ batchId: batchId(), search: 'VIDEO', limit: 10 }, open.db);
        expect(byTitle.rows.map((row) => row.videoId)).toEqual(['v01', 'v04']);
        const literalPercent = await listBatchItems(
          { batchId: batchId(), search: '100%', limit: 10 },
          open.db,
        );
        expect(literalPercent.rows.map((row) => row.videoId)).toEqual(['v02']);
        const wildcard = await listBatchItems({ batchId: batchId(), search: '%', limit: 10 }, open.db);
        expect(wildcard.rows.map((row) => row.videoId)).toEqual(['v02']);
        const cjk = await listBatchItems({ batchId: batchId(), search: '動画', limit: 10 }, open.db);
        expect(cjk.rows.map((row) => row.videoId)).toEqual(['v03']);
      });

      it('pages through items and iterates a whole batch', async () => {
        const { rows, pages } = await collect((cursor) =>
          listBatchItems({ batchId: batchId(), cursor, limit: 3 }, open.db),
        );
        expect(pages).toBe(2);
        expect(rows.map((row) => row.videoId)).toEqual(['v01', 'v02', 'v03', 'v04']);
        const iterated: string[][] = [];
        for await (const items of iterateBatchItems(batchId(), 3, open.db))
          iterated.push(items.map((i) => i.videoId));
        expect(iterated).toEqual([['v01', 'v02', 'v03'], ['v04']]);
      });
    });

    describe('listBatchChunks', () => {
      it('returns the chunk timeline in sending order, paged', async () => {
        const first = await listBatchChunks({ batchId: batchIds[0]!, limit: 2 }, open.db);
        expect(first.rows.map((row) => [row.seq, row.videoCount, row.attempts])).toEqual([
          [0, 2, 2],
          [1, 1, 1],
        ]);
        expect(first.rows[0]).toMatchObject({
          durationMs: 420,
          requestIds: ['REQ-A', 'REQ-B'],
          startedAt: minute(0),
        });
        const second = await listBatchChunks(
          { batchId: batchIds[0]!, cursor: first.nextCursor, limit: 2 },
          open.db,
        );
        expect(second.rows.map((row) => row.seq)).toEqual([2]);
        expect(second.nextCursor).toBeNull();
      });
    });

    describe('listAuditTrail', () => {
      it('pages through every event newest first, exactly once', async () => {
        const { rows } = await collect((cursor) => listAuditTrail({ cursor, limit: 2 }, open.db));
        expect(rows).toHaveLength(15);
        expect(rows.slice(0, 3).map((row) => row.details)).toEqual([{ n: 2 }, { n: 1 }, { n: 0 }]);
        expect(new Set(rows.map((row) => row.id)).size).toBe(15);
      });

      it('filters by actor, action and date range', async () => {
        const byAdmin = await listAuditTrail({ filter: { actorId: ids.admin }, limit: 50 }, open.db);
        expect(byAdmin.rows.map((row) => row.targetId)).toEqual(['t9', 't6', 't3', 't0']);
        const created = await listAuditTrail(
          {
            filter: { action: 'batch.created', from: new Date(T0 + 2000), to: new Date(T0 + 6000) },
            limit: 50,
          },
          open.db,
        );
        expect(created.rows.map((row) => row.targetId)).toEqual(['t4', 't2']);
      });
    });
  },
);
