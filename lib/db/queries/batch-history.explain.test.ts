import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '@/test/support/db';
import type { Database } from '../client';
import * as schema from '../schema';
import {
  getBatchDetail,
  listAuditTrail,
  listBatchChunks,
  listBatches,
  listBatchItems,
} from './batch-history';

/**
 * The history lists must stay fast at 100,000 batches: each query's plan must come from an index, never a
 * sequential scan of a big table, and the keyset lists must read rows already in order (no sort). Runs only
 * against PostgreSQL (TEST_DATABASE_URL): PGlite's planner is the same, but filling it is too slow.
 */

const postgres = testDatabaseTargets().find((target) => target.name === 'postgres');
if (!postgres) console.warn('[explain tests] TEST_DATABASE_URL is not set: index-usage checks skipped.');

const BATCHES = 100_000;
const BIG_BATCH_ITEMS = 50_000;
const SMALL_BATCH_ITEMS = 100;
const SMALL_BATCHES_WITH_ITEMS = 2_000;
const AUDIT_EVENTS = 100_000;
const BIG_TABLES = new Set(['batches', 'batch_items', 'batch_chunks', 'audit_events']);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}

describe.skipIf(!postgres)('batch history query plans on PostgreSQL', () => {
  let open: Awaited<ReturnType<NonNullable<typeof postgres>['create']>>;
  let traced: Database;
  const captured: { query: string; params: unknown[] }[] = [];
  let bigBatchId = '';
  let editorId = '';
  let cursorBatch = '';

  beforeAll(async () => {
    open = await postgres!.create();
    const db = open.db;
    await db.execute(sql`
      insert into users (email, role)
      select 'user' || g || '@explain.local', (case when g = 1 then 'admin' else 'editor' end)::user_role
      from generate_series(1, 50) g`);
    await db.execute(sql`
      with people as (select array_agg(id order by email) as ids from users)
      insert into batches (user_id, kind, status, total, updated, forbidden, failed, created_at, started_at, finished_at)
      select ids[1 + g % 50], 'save',
             (case when g % 10 = 0 then 'done_with_problems' else 'done' end)::batch_status,
             ${SMALL_BATCH_ITEMS}, ${SMALL_BATCH_ITEMS} - (g % 10 = 0)::int * 2, (g % 10 = 0)::int * 2,
             (g % 97 = 0)::int,
             now() - g * interval '37 seconds', now() - g * interval '37 seconds', now() - g * interval '36 seconds'
      from people, generate_series(1, ${BATCHES}) g`);
    // Five chunks per batch: 500,000 rows, the scale of 10 million items sent 20 per call.
    await db.execute(sql`
      insert into batch_chunks (batch_id, seq, video_ids, status, attempts, request_ids)
      select b.id, s, array[]::text[], 'done', 1, array['REQ-' || s]
      from batches b, generate_series(0, 4) s`);
    await db.execute(sql`
      insert into batch_items (batch_id, video_id, title, base, changes, status)
      select b.id, 'vid' || lpad(i::text, 6, '0'), 'Video ' || i, '{"title":"old"}', '{"title":"new"}',
             (case when i % 50 = 0 then 'forbidden' else 'updated' end)::batch_item_status
      from (select id from batches order by created_at desc limit ${SMALL_BATCHES_WITH_ITEMS}) b,
           generate_series(1, ${SMALL_BATCH_ITEMS}) i`);
    const [big] = await db
      .insert(schema.batches)
      .values({
        userId: sql`(select id from users order by email limit 1)`,
        kind: 'save',
        total: BIG_BATCH_ITEMS,
      })
      .returning({ id: schema.batches.id });
    bigBatchId = big!.id;
    await db.execute(sql`
      insert into batch_chunks (batch_id, seq, video_ids, status, attempts, request_ids)
      select ${bigBatchId}, s, array[]::text[], 'done', 1, array['REQ-' || s]
      from generate_series(0, ${BIG_BATCH_ITEMS / 20 - 1}) s`);
    await db.execute(sql`
      insert into batch_items (batch_id, video_id, title, base, changes, status, chunk_id)
      select ${bigBatchId}, 'big' || lpad(i::text, 6, '0'), 'Big video ' || i, '{"title":"old"}', '{"title":"new"}',
             (case when i % 100 = 0 then 'conflict' else 'updated' end)::batch_item_status,
             (select id from batch_chunks where batch_id = ${bigBatchId} and seq = i / 20)
      from generate_series(0, ${BIG_BATCH_ITEMS - 1}) i`);
    await db.execute(sql`
      insert into audit_events (at, actor_id, actor_email, action, details)
      select now() - g * interval '11 seconds', null, 'someone@explain.local',
             (case when g % 3 = 0 then 'batch.created' else 'auth.sign_in' end), '{}'
      from generate_series(1, ${AUDIT_EVENTS}) g`);
    await db.execute(sql`analyze`);

    const [editor] = await db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(sql`role = 'editor'`)
      .limit(1);
    editorId = editor!.id;
    const page = await listBatches({ viewer: { id: editorId, role: 'admin' }, limit: 50 }, db);
    cursorBatch = page.nextCursor!;

    // Same pool, plus a logger that records each statement with its parameters for EXPLAIN.
    const client = (db as unknown as { $client: Pool }).$client;
    traced = drizzle({
      client,
      schema,
      logger: { logQuery: (query, params) => captured.push({ query, params }) },
    }) as unknown as Database;
  }, 300_000);

  afterAll(async () => {
    await open?.dispose();
  });

  /** Runs `load` on the traced database and returns the plan nodes of each statement it issued. */
  async function plansOf(load: (db: Database) => Promise<unknown>): Promise<PlanNode[][]> {
    captured.length = 0;
    await load(traced);
    const statements = [...captured];
    const client = (open.db as unknown as { $client: Pool }).$client;
    const plans: PlanNode[][] = [];
    for (const { query, params } of statements) {
      const result = await client.query(`explain (analyze, format json) ${query}`, params);
      const [explained] = result.rows[0]['QUERY PLAN'] as [{ Plan: PlanNode; 'Execution Time': number }];
      console.info(`[explain] ${explained['Execution Time'].toFixed(2)} ms: ${query.slice(0, 90)}…`);
      plans.push(flatten(explained.Plan));
    }
    return plans;
  }

  function expectIndexedWithoutSort(nodes: PlanNode[], index: string | RegExp) {
    const seqScans = nodes.filter(
      (n) => n['Node Type'] === 'Seq Scan' && BIG_TABLES.has(n['Relation Name'] ?? ''),
    );
    expect(seqScans).toEqual([]);
    expect(nodes.some((n) => n['Index Name'] !== undefined && new RegExp(index).test(n['Index Name']))).toBe(
      true,
    );
    expect(nodes.filter((n) => n['Node Type'].includes('Sort'))).toEqual([]);
  }

  it('lists the newest batches, and a later page, from batches_created_idx', async () => {
    for (const cursor of [null, cursorBatch]) {
      const [plan] = await plansOf((db) =>
        listBatches({ viewer: { id: editorId, role: 'admin' }, cursor, limit: 50 }, db),
      );
      expectIndexedWithoutSort(plan!, /^batches_created_idx$/);
    }
  });

  it('lists one editor’s batches from batches_user_created_idx', async () => {
    const [plan] = await plansOf((db) =>
      listBatches({ viewer: { id: editorId, role: 'editor' }, cursor: cursorBatch, limit: 50 }, db),
    );
    expectIndexedWithoutSort(plan!, /^batches_user_created_idx$/);
  });

  it('filters batches by status and outcome without scanning the table', async () => {
    const [byStatus] = await plansOf((db) =>
      listBatches(
        { viewer: { id: editorId, role: 'admin' }, filter: { status: 'done_with_problems' }, limit: 50 },
        db,
      ),
    );
    expectIndexedWithoutSort(byStatus!, /^batches_(status_)?created_idx$/);
    const [byOutcome] = await plansOf((db) =>
      listBatches(
        { viewer: { id: editorId, role: 'admin' }, filter: { outcome: 'forbidden' }, limit: 50 },
        db,
      ),
    );
    expectIndexedWithoutSort(byOutcome!, /^batches_created_idx$/);
  });

  it('opens a batch by primary key and finds its children through batches_parent_idx', async () => {
    const [header, children] = await plansOf((db) => getBatchDetail(bigBatchId, db));
    expectIndexedWithoutSort(header!, /^batches_pkey$/);
    expect(children!.some((n) => n['Index Name'] === 'batches_parent_idx')).toBe(true);
    expect(children!.some((n) => n['Node Type'] === 'Seq Scan')).toBe(false);
  });

  it('pages a 50,000-video batch in video-id order from batch_items_batch_video_key', async () => {
    const first = await listBatchItems({ batchId: bigBatchId, limit: 100 }, open.db);
    for (const cursor of [null, first.nextCursor]) {
      const [plan] = await plansOf((db) => listBatchItems({ batchId: bigBatchId, cursor, limit: 100 }, db));
      expectIndexedWithoutSort(plan!, /^batch_items_batch_video_key$/);
    }
  });

  it('filters and searches a batch’s items without scanning the items table', async () => {
    for (const params of [
      { status: 'conflict' as const },
      { search: 'Big video 4242' },
      { search: 'big004242' },
    ]) {
      const [plan] = await plansOf((db) =>
        listBatchItems({ batchId: bigBatchId, limit: 100, ...params }, db),
      );
      expect(
        plan!.filter((n) => n['Node Type'] === 'Seq Scan' && BIG_TABLES.has(n['Relation Name'] ?? '')),
      ).toEqual([]);
    }
  });

  it('reads the chunk timeline from batch_chunks_batch_seq_key', async () => {
    const [plan] = await plansOf((db) => listBatchChunks({ batchId: bigBatchId, limit: 50 }, db));
    expectIndexedWithoutSort(plan!, /^batch_chunks_batch_seq_key$/);
  });

  it('lists the audit trail newest first from audit_events_at_idx', async () => {
    const first = await listAuditTrail({ limit: 100 }, open.db);
    for (const cursor of [null, first.nextCursor]) {
      const [plan] = await plansOf((db) => listAuditTrail({ cursor, limit: 100 }, db));
      expectIndexedWithoutSort(plan!, /^audit_events_at_idx$/);
    }
  });
});
