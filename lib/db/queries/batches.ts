import 'server-only';
import { and, asc, eq, gt, inArray, max, sql } from 'drizzle-orm';
import type { FieldChanges, SaveItem } from '@/lib/edits/fields';
import { storableText } from '@/lib/edits/storable';
import { BATCH_OUTCOMES, type BatchOutcome } from '@/lib/history/statuses';
import type { BatchSummaryData } from '@/lib/history/summary';
import { analyzesByItself, type Database } from '../client';
import { type BatchItemRow, type BatchRow, batchChunks, batches, batchItems } from '../schema';
import { BatchLeaseLostError, leaseExpiry } from './batch-leases';
import { resolveDb } from './executor';

/**
 * The save pipeline's writes and reads of batches, batch_items and batch_chunks. Every item moves
 * pending → sending → a final status once; the guarded updates below enforce that, and the batch's
 * counters move in the same transaction as the items they count.
 */

export interface NewBatch {
  userId: string;
  kind: BatchRow['kind'];
  parentBatchId?: string | null;
  label?: string;
  summary?: BatchSummaryData | null;
  summaryText?: string;
  note?: string;
  /** The server that will run it holds its lease from the start, so no other server's sweep takes it first. */
  lease?: { owner: string; ttlMs: number };
}

/** A SaveItem as the batch stores it: refused before sending (a value the store or VOD cannot take) when `rejection` is set. */
export interface NewBatchItem extends SaveItem {
  rejection?: { code: string; message: string } | null;
}

/** What became of one item. */
export interface ItemResult {
  itemId: number;
  status: BatchOutcome;
  /** VOD's values of the changed fields, for a conflict. */
  current?: FieldChanges | null;
  errorCode?: string | null;
  errorMessage?: string | null;
  retryable?: boolean;
  requestId?: string | null;
}

/** An item about to be sent: VOD's values read just now, and the values to send. */
export interface SendingItem {
  itemId: number;
  videoId: string;
  before: FieldChanges;
  changes: FieldChanges;
}

export interface ChunkTimeline {
  status: 'done' | 'failed' | 'interrupted';
  durationMs: number;
  attempts: number;
  throttled: number;
  requestIds: string[];
}

export type PendingItem = Pick<BatchItemRow, 'id' | 'videoId' | 'base' | 'changes' | 'tagOps' | 'attempts'>;
export type SourceItem = Pick<BatchItemRow, 'videoId' | 'title' | 'base' | 'changes' | 'tagOps' | 'before'>;
export type ItemOutcomeRow = Pick<
  BatchItemRow,
  | 'id'
  | 'videoId'
  | 'status'
  | 'changes'
  | 'current'
  | 'errorCode'
  | 'errorMessage'
  | 'retryable'
  | 'requestId'
>;

// One odd character must not fail a whole save; an item whose new values hold NUL is refused on its own
// before it gets here (lib/batches/input), and other stored text gets U+FFFD in its place.
const storable = storableText;
const storableJson = (value: unknown) =>
  JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'string' ? storable(inner) : inner));

const ANALYZE_AFTER_ITEMS = 1_000;
// Held by the transaction that creates a batch, across every app server sharing the database.
const BATCH_CREATION_LOCK_KEY = 7_240_513_002;

/**
 * Writes a batch and all its items (status pending) in one transaction. Creations take turns, and each
 * batch is stamped once its turn comes, so creation order is also the order in which batches become
 * visible: listPendingPage's turn-taking by creation order then never lets a later batch run before an
 * earlier one it cannot see yet.
 */
export async function insertBatchWithItems(
  batch: NewBatch,
  items: readonly NewBatchItem[],
  db?: Database,
): Promise<BatchRow> {
  const rejected = items.filter((item) => item.rejection).length;
  const database = await resolveDb(db);
  const inserted = await database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${BATCH_CREATION_LOCK_KEY})`);
    const [row] = await tx
      .insert(batches)
      .values({
        // now() is the transaction's start, before the turn was taken.
        createdAt: sql`clock_timestamp()`,
        userId: batch.userId,
        kind: batch.kind,
        parentBatchId: batch.parentBatchId ?? null,
        label: storable(batch.label ?? ''),
        summary: batch.summary ?? null,
        summaryText: storable(batch.summaryText ?? ''),
        note: storable(batch.note ?? ''),
        status: 'pending',
        total: items.length,
        pending: items.length - rejected,
        failed: rejected,
        leaseOwner: batch.lease?.owner ?? null,
        leaseExpiresAt: batch.lease ? leaseExpiry(batch.lease.ttlMs) : null,
      })
      .returning();
    if (!row) throw new Error('Inserting a batch returned no row');
    if (items.length === 0) return row;
    // One JSON parameter instead of five bind parameters per row: PostgreSQL parses it in one pass, about
    // three times faster than multi-row VALUES, and it has no bind-parameter ceiling. Items keep their order.
    const json = storableJson(
      items.map((item) => ({
        v: item.videoId,
        t: item.title,
        b: item.base,
        c: item.changes,
        o: item.tagOps ?? null,
        ...(item.rejection ? { ec: item.rejection.code, em: item.rejection.message } : {}),
      })),
    );
    await tx.execute(sql`
      insert into batch_items (batch_id, video_id, title, base, changes, tag_ops, status, error_code, error_message)
      select ${row.id}::uuid, e.item->>'v', coalesce(e.item->>'t', ''), e.item->'b', e.item->'c',
        nullif(e.item->'o', 'null'::jsonb),
        case when e.item ? 'ec' then 'failed'::batch_item_status else 'pending'::batch_item_status end,
        e.item->>'ec', e.item->>'em'
      from jsonb_array_elements(${json}::jsonb) with ordinality as e(item, n)
      order by e.n`);
    return row;
  });
  // PGlite never analyzes by itself; after a large insert, stale statistics would have the planner scan a
  // whole batch where it should look up a chunk's twenty rows. PostgreSQL's autovacuum does the same in the
  // background; analyzing here would hold every large save (and its first call) for the whole table's
  // sample, most of a second on a busy server.
  if (items.length >= ANALYZE_AFTER_ITEMS && !analyzesByItself(database))
    await database.execute(sql`analyze batch_items (batch_id, status, video_id)`);
  return inserted;
}

/**
 * Whether any batch but this one is unfinished, or finished within `withinMs`: then it may have written to
 * VOD after a read this batch made before it was stored, and that read must not be trusted.
 */
export async function anyOtherBatchAtWork(
  batchId: string,
  withinMs: number,
  db?: Database,
): Promise<boolean> {
  const result = await (await resolveDb(db)).execute(sql`
    select exists (
      select 1 from batches
      where id <> ${batchId} and (status in ('pending', 'running', 'interrupted')
        or finished_at > clock_timestamp() - make_interval(secs => ${withinMs / 1000}::float8))
    ) as "atWork"`);
  return rowsOf<{ atWork: boolean }>(result)[0]?.atWork ?? true;
}

/** The batch with this id, or null. */
export async function getBatch(batchId: string, db?: Database): Promise<BatchRow | null> {
  const rows = await (await resolveDb(db)).select().from(batches).where(eq(batches.id, batchId)).limit(1);
  return rows[0] ?? null;
}

/** Batches that have not finished (pending, running or interrupted), oldest first. */
export async function listUnfinishedBatches(db?: Database): Promise<BatchRow[]> {
  return (await resolveDb(db))
    .select()
    .from(batches)
    .where(inArray(batches.status, ['pending', 'running', 'interrupted']))
    .orderBy(asc(batches.createdAt), asc(batches.id));
}

/** Marks a batch running; its first start time is kept across resumes. */
export async function markBatchRunning(batchId: string, db?: Database): Promise<void> {
  await (await resolveDb(db))
    .update(batches)
    .set({ status: 'running', startedAt: sql`coalesce(${batches.startedAt}, now())` })
    .where(eq(batches.id, batchId));
}

/** Marks a batch interrupted: its run stopped before every item reached a final status. */
export async function markBatchInterrupted(batchId: string, db?: Database): Promise<void> {
  await (await resolveDb(db))
    .update(batches)
    .set({ status: 'interrupted' })
    .where(and(eq(batches.id, batchId), inArray(batches.status, ['pending', 'running'])));
}

/**
 * Puts a stopped run's work back in the queue: items left `sending` become `pending` again and their
 * chunks `interrupted`. Returns how many items are pending now.
 */
export async function requeueInterruptedWork(batchId: string, db?: Database): Promise<number> {
  return (await resolveDb(db)).transaction(async (tx) => {
    await tx
      .update(batchItems)
      .set({ status: 'pending', updatedAt: sql`now()` })
      .where(and(eq(batchItems.batchId, batchId), eq(batchItems.status, 'sending')));
    await tx
      .update(batchChunks)
      .set({ status: 'interrupted' })
      .where(and(eq(batchChunks.batchId, batchId), inArray(batchChunks.status, ['pending', 'running'])));
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(batchItems)
      .where(and(eq(batchItems.batchId, batchId), eq(batchItems.status, 'pending')));
    return row?.n ?? 0;
  });
}

/** One page of a batch's pending items; `blocked` ones wait for an earlier batch. */
export interface PendingPage {
  items: Array<PendingItem & { blocked: boolean }>;
}

/**
 * The next page of a batch's pending items by id (leaving out `exceptIds`, the ones a run holds), each
 * marked `blocked` while an earlier batch (by creation order) still has an unfinished item for the same
 * video. Work on a video is thereby serialised across every batch by the database alone, so the rule
 * holds for any number of app servers sharing it.
 */
export async function listPendingPage(
  batchId: string,
  afterId: number,
  limit: number,
  exceptIds: readonly number[],
  db?: Database,
): Promise<PendingPage> {
  // The batches still open before this one are few (usually none), so the check probes the
  // (batch_id, video_id) key once per such batch and listed item.
  const result = await (await resolveDb(db)).execute(sql`
    with me as (select id, created_at from batches where id = ${batchId}),
    earlier as (
      select b.id from batches b, me
      where b.status in ('pending', 'running', 'interrupted') and (b.created_at, b.id) < (me.created_at, me.id)
    )
    select p.id, p.video_id as "videoId", p.base, p.changes, p.tag_ops as "tagOps", p.attempts,
      exists (
        select 1 from batch_items e
        where e.batch_id in (select id from earlier) and e.video_id = p.video_id
          and e.status in ('pending', 'sending')
      ) as blocked
    from (
      select i.* from batch_items i
      where i.batch_id = ${batchId} and i.status = 'pending' and i.id > ${afterId}
        and i.id not in (select jsonb_array_elements_text(${JSON.stringify(exceptIds)}::jsonb)::bigint)
      order by i.id
      limit ${limit}
    ) p
    order by p.id`);
  return {
    items: rowsOf<PendingItem & { id: number | string; blocked: boolean }>(result).map((row) => ({
      ...row,
      id: Number(row.id),
    })),
  };
}

/** Every pending item of a batch, by id (a run that gave up fails them). */
export async function listPendingItemIds(batchId: string, db?: Database): Promise<number[]> {
  const rows = await (await resolveDb(db))
    .select({ id: batchItems.id })
    .from(batchItems)
    .where(and(eq(batchItems.batchId, batchId), eq(batchItems.status, 'pending')))
    .orderBy(asc(batchItems.id));
  return rows.map((row) => row.id);
}

/** Records when a waiting run tries VOD again (null: not waiting). */
export async function setBatchNextTry(batchId: string, at: Date | null, db?: Database): Promise<void> {
  await (await resolveDb(db)).update(batches).set({ nextTryAt: at }).where(eq(batches.id, batchId));
}

/** The sequence number the batch's next chunk gets (chunks of earlier runs keep theirs). */
export async function getNextChunkSeq(batchId: string, db?: Database): Promise<number> {
  const [row] = await (await resolveDb(db))
    .select({ last: max(batchChunks.seq) })
    .from(batchChunks)
    .where(eq(batchChunks.batchId, batchId));
  return (row?.last ?? -1) + 1;
}

/**
 * Opens a chunk right after its pre-read, in one statement: the items that must not be sent get their
 * final status, and the chunk's row is written (running, started now) with its sendable items marked
 * `sending` together with VOD's values just read (`before`, kept from the first read) and the values to
 * send. A crash during the call leaves them visibly in flight. Returns the chunk's id (null: none sent).
 * With `leaseOwner`, the chunk opens only while that server holds the batch's lease (lib/db/queries/
 * batch-leases.ts), else BatchLeaseLostError: a server that lost its lease never sends a chunk.
 */
export async function startChunk(
  batchId: string,
  seq: number,
  sending: readonly SendingItem[],
  settled: readonly ItemResult[],
  db?: Database,
  leaseOwner?: string,
): Promise<number | null> {
  const database = await resolveDb(db);
  if (sending.length === 0) {
    await recordUnsentResults(batchId, settled, database);
    return null;
  }
  // Typed VALUES rows (not one JSON parameter): the planner then knows the few rows and uses the key.
  const values = sql.join(
    sending.map(
      (item) =>
        sql`(${item.itemId}::bigint, ${storableJson(item.before)}::jsonb, ${storableJson(item.changes)}::jsonb)`,
    ),
    sql`, `,
  );
  // One statement (data-modifying CTEs) rather than a transaction of several: on PGlite's single
  // connection every statement is a turn every other batch waits for.
  const result = await database.execute(sql`
    with ${settledCtes(batchId, settled)}
    chunk as (
      insert into batch_chunks (batch_id, seq, video_ids, status, started_at)
      select ${batchId}, ${seq}, ${textArray(sending.map((item) => item.videoId))}, 'running', now()
      where ${leaseOwner === undefined ? sql`true` : sql`exists (select 1 from batches where id = ${batchId} and lease_owner = ${leaseOwner})`}
      returning id
    ),
    sent as (
      update batch_items as i
      set status = 'sending', chunk_id = (select id from chunk), attempts = i.attempts + 1,
          before_values = coalesce(i.before_values, v.before), changes = v.changes, updated_at = now()
      from (values ${values}) as v(id, before, changes)
      where exists (select 1 from chunk) and i.id = v.id and ${guard(
        batchId,
        sending.map((item) => item.itemId),
      )}
      returning 1
    )
    select id from chunk`);
  const id = rowsOf<{ id: number | string }>(result)[0]?.id;
  if (id === undefined && leaseOwner !== undefined) throw new BatchLeaseLostError(batchId, leaseOwner);
  if (id === undefined) throw new Error('Inserting a batch chunk returned no row');
  return Number(id);
}

/** Closes a chunk, in one statement: its timeline and the final status of each of its items. */
export async function finishChunk(
  batchId: string,
  chunkId: number,
  timeline: ChunkTimeline,
  results: readonly ItemResult[],
  db?: Database,
): Promise<void> {
  await (await resolveDb(db)).execute(sql`
    with ${settledCtes(batchId, results)}
    done as (select 1)
    update batch_chunks
    set status = ${timeline.status}::batch_chunk_status, duration_ms = ${timeline.durationMs},
        attempts = ${timeline.attempts}, throttled = ${timeline.throttled},
        request_ids = ${textArray(timeline.requestIds)}
    where id = ${chunkId}`);
}

/**
 * The guard of an item update by id: one of these items, of this batch, not final yet. The ids are also
 * given as an array so the planner looks them up by primary key whatever its statistics say.
 */
function guard(batchId: string, ids: readonly number[]) {
  return sql`i.id = any(array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::bigint[]) and i.batch_id = ${batchId} and i.status in ('pending', 'sending')`;
}

/** Final statuses decided without a chunk (a failed pre-read, a run that gave up waiting for VOD). */
export async function recordUnsentResults(
  batchId: string,
  results: readonly ItemResult[],
  db?: Database,
): Promise<void> {
  if (results.length === 0) return;
  await (await resolveDb(db)).execute(sql`with ${settledCtes(batchId, results)} done as (select 1) select 1`);
}

/**
 * CTEs (each followed by a comma) that move unfinished items (pending or sending) to their final status and
 * count them on the batch. Only the rows that really moved are counted, so a result applied twice cannot
 * skew the counters.
 */
function settledCtes(batchId: string, results: readonly ItemResult[]) {
  if (results.length === 0) return sql``;
  // Typed VALUES rows (not one JSON parameter): the planner then knows the few rows and uses the key.
  const values = sql.join(
    results.map((r) => {
      const current = r.current ? storableJson(r.current) : null;
      const text = (value: string | null | undefined) => (value == null ? null : storable(value));
      return sql`(${r.itemId}::bigint, ${r.status}::batch_item_status, ${current}::jsonb,
        ${text(r.errorCode)}::text, ${text(r.errorMessage)}::text, ${r.retryable ?? false}::boolean,
        ${text(r.requestId)}::text)`;
    }),
    sql`, `,
  );
  const counted = (status: BatchOutcome) =>
    sql.raw(`count(*) filter (where status = '${status}')::int as ${status}`);
  return sql`
    moved as (
      update batch_items as i
      set status = v.status, current = v.current, error_code = v.error_code, error_message = v.error_message,
          retryable = v.retryable, request_id = v.request_id, updated_at = now()
      from (values ${values}) as v(id, status, current, error_code, error_message, retryable, request_id)
      where i.id = v.id and ${guard(
        batchId,
        results.map((r) => r.itemId),
      )}
      returning v.status as status
    ),
    tally as (
      select count(*)::int as n, ${sql.join(BATCH_OUTCOMES.map(counted), sql`, `)} from moved
    ),
    counters as (
      update batches b
      set pending = b.pending - t.n, updated = b.updated + t.updated, forbidden = b.forbidden + t.forbidden,
          not_found = b.not_found + t.not_found,
          reference_not_found = b.reference_not_found + t.reference_not_found,
          conflict = b.conflict + t.conflict, failed = b.failed + t.failed
      from tally t
      where b.id = ${batchId} and t.n > 0
      returning 1
    ),`;
}

/** A text[] literal of the values, as bind parameters. */
function textArray(values: readonly string[]) {
  if (values.length === 0) return sql`'{}'::text[]`;
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

function rowsOf<T>(result: unknown): T[] {
  // PGlite and node-postgres both answer raw statements with a `rows` array.
  return (result as { rows: T[] }).rows;
}

/**
 * Ends a batch: counters recomputed from its items, status done (or done_with_problems when any item did
 * not update), finish time set. Returns the finished row.
 */
export async function finishBatch(batchId: string, db?: Database): Promise<BatchRow> {
  const result = await (await resolveDb(db)).execute(sql`
    with c as (
      select
        count(*) filter (where status = 'updated')::int as updated,
        count(*) filter (where status = 'forbidden')::int as forbidden,
        count(*) filter (where status = 'not_found')::int as not_found,
        count(*) filter (where status = 'reference_not_found')::int as reference_not_found,
        count(*) filter (where status = 'conflict')::int as conflict,
        count(*) filter (where status = 'failed')::int as failed,
        count(*) filter (where status in ('pending', 'sending'))::int as pending,
        count(*)::int as total
      from batch_items where batch_id = ${batchId}
    )
    update batches b
    set updated = c.updated, forbidden = c.forbidden, not_found = c.not_found,
        reference_not_found = c.reference_not_found, conflict = c.conflict, failed = c.failed,
        pending = c.pending,
        status = case
          when c.pending > 0 then 'interrupted'::batch_status
          when c.updated = c.total then 'done'::batch_status
          else 'done_with_problems'::batch_status
        end,
        finished_at = case when c.pending > 0 then null else now() end,
        next_try_at = null,
        lease_owner = case when c.pending > 0 then b.lease_owner end,
        lease_expires_at = case when c.pending > 0 then b.lease_expires_at end
    from c
    where b.id = ${batchId}
    returning b.id`);
  if (rowsOf(result).length === 0) throw new Error(`No batch ${batchId} to finish`);
  const row = await getBatch(batchId, db);
  if (!row) throw new Error(`Batch ${batchId} vanished while finishing`);
  return row;
}

/** One page of a batch's items with what became of them, by id. */
export async function listItemOutcomes(
  batchId: string,
  afterId: number,
  limit: number,
  db?: Database,
): Promise<ItemOutcomeRow[]> {
  return (await resolveDb(db))
    .select({
      id: batchItems.id,
      videoId: batchItems.videoId,
      status: batchItems.status,
      changes: batchItems.changes,
      current: batchItems.current,
      errorCode: batchItems.errorCode,
      errorMessage: batchItems.errorMessage,
      retryable: batchItems.retryable,
      requestId: batchItems.requestId,
    })
    .from(batchItems)
    .where(and(eq(batchItems.batchId, batchId), gt(batchItems.id, afterId)))
    .orderBy(asc(batchItems.id))
    .limit(limit);
}

function isRetryableItem() {
  return and(eq(batchItems.status, 'failed'), eq(batchItems.retryable, true));
}

/** A batch's items that ended failed with a retryable error. */
export async function listRetryableItems(batchId: string, db?: Database): Promise<SourceItem[]> {
  return listItemsWhere(batchId, isRetryableItem(), db);
}

/** How many of a batch's items ended failed with a retryable error. */
export async function countRetryableItems(batchId: string, db?: Database): Promise<number> {
  const [row] = await (await resolveDb(db))
    .select({ n: sql<number>`count(*)::int` })
    .from(batchItems)
    .where(and(eq(batchItems.batchId, batchId), isRetryableItem()));
  return row?.n ?? 0;
}

/** A batch's items that were updated. */
export async function listUpdatedItems(batchId: string, db?: Database): Promise<SourceItem[]> {
  return listItemsWhere(batchId, eq(batchItems.status, 'updated'), db);
}

async function listItemsWhere(
  batchId: string,
  condition: ReturnType<typeof and>,
  db: Database | undefined,
): Promise<SourceItem[]> {
  return (await resolveDb(db))
    .select({
      videoId: batchItems.videoId,
      title: batchItems.title,
      base: batchItems.base,
      changes: batchItems.changes,
      tagOps: batchItems.tagOps,
      before: batchItems.before,
    })
    .from(batchItems)
    .where(and(eq(batchItems.batchId, batchId), condition))
    .orderBy(asc(batchItems.id));
}

/**
 * The newest retry in a batch's family: retries of the batch, retries of those retries, and so on (a
 * revert ends a family). Null when the batch was never retried.
 */
export async function getNewestRetry(batchId: string, db?: Database): Promise<BatchRow | null> {
  const database = await resolveDb(db);
  const result = await database.execute(sql`
    with recursive family(id) as (
      select id from batches where parent_batch_id = ${batchId}::uuid and kind = 'retry'
      union all
      select b.id from batches b join family f on b.parent_batch_id = f.id where b.kind = 'retry'
    )
    select b.id from batches b join family f on f.id = b.id
    order by b.created_at desc, b.id desc
    limit 1`);
  const newest = rowsOf<{ id: string }>(result)[0];
  return newest ? getBatch(newest.id, database) : null;
}
