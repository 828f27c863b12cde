import 'server-only';
import { and, asc, eq, gt, inArray, max, sql } from 'drizzle-orm';
import type { BatchSummaryData } from '@/lib/batches/summary';
import type { FieldChanges } from '@/lib/edits/fields';
import type { Database } from '../client';
import { type BatchItemRow, type BatchRow, batchChunks, batches, batchItems } from '../schema';
import { type BatchOutcome, OUTCOME_COUNTER } from './batch-outcomes';
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
}

export interface NewBatchItem {
  videoId: string;
  title: string;
  base: FieldChanges;
  changes: FieldChanges;
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

export interface ChunkTimeline {
  status: 'done' | 'failed';
  durationMs: number;
  attempts: number;
  throttled: number;
  requestIds: string[];
}

export type PendingItem = Pick<BatchItemRow, 'id' | 'videoId' | 'base' | 'changes'>;
export type SourceItem = Pick<BatchItemRow, 'videoId' | 'title' | 'base' | 'changes'>;
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

// A lone UTF-16 surrogate has no UTF-8 form: PostgreSQL's jsonb refuses its \u escape, where a text
// parameter would have stored U+FFFD. Replacing it here keeps one odd character from failing a whole save.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

/** Writes a batch and all its items (status pending) in one transaction. */
export async function insertBatchWithItems(
  batch: NewBatch,
  items: readonly NewBatchItem[],
  db?: Database,
): Promise<BatchRow> {
  return (await resolveDb(db)).transaction(async (tx) => {
    const [row] = await tx
      .insert(batches)
      .values({
        userId: batch.userId,
        kind: batch.kind,
        parentBatchId: batch.parentBatchId ?? null,
        label: batch.label ?? '',
        summary: batch.summary ?? null,
        summaryText: batch.summaryText ?? '',
        note: batch.note ?? '',
        status: 'pending',
        total: items.length,
        pending: items.length,
      })
      .returning();
    if (!row) throw new Error('Inserting a batch returned no row');
    if (items.length === 0) return row;
    // One JSON parameter instead of five bind parameters per row: PostgreSQL parses it in one pass, about
    // three times faster than multi-row VALUES, and it has no bind-parameter ceiling. Items keep their order.
    const json = JSON.stringify(
      items.map((item) => ({ v: item.videoId, t: item.title, b: item.base, c: item.changes })),
      (_key, value: unknown) => (typeof value === 'string' ? wellFormed(value) : value),
    );
    await tx.execute(sql`
      insert into batch_items (batch_id, video_id, title, base, changes)
      select ${row.id}::uuid, e.item->>'v', coalesce(e.item->>'t', ''), e.item->'b', e.item->'c'
      from jsonb_array_elements(${json}::jsonb) with ordinality as e(item, n)
      order by e.n`);
    return row;
  });
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

/** The next page of a batch's pending items, by id. */
export async function listPendingItems(
  batchId: string,
  afterId: number,
  limit: number,
  db?: Database,
): Promise<PendingItem[]> {
  return (await resolveDb(db))
    .select({
      id: batchItems.id,
      videoId: batchItems.videoId,
      base: batchItems.base,
      changes: batchItems.changes,
    })
    .from(batchItems)
    .where(and(eq(batchItems.batchId, batchId), eq(batchItems.status, 'pending'), gt(batchItems.id, afterId)))
    .orderBy(asc(batchItems.id))
    .limit(limit);
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
 * Opens a chunk: its row (running, started now) and its items marked `sending`, so a crash during the
 * call leaves them visibly in flight. Returns the chunk's id.
 */
export async function startChunk(
  batchId: string,
  seq: number,
  items: ReadonlyArray<{ itemId: number; videoId: string }>,
  db?: Database,
): Promise<number> {
  return (await resolveDb(db)).transaction(async (tx) => {
    const [chunk] = await tx
      .insert(batchChunks)
      .values({
        batchId,
        seq,
        videoIds: items.map((item) => item.videoId),
        status: 'running',
        startedAt: sql`now()`,
      })
      .returning({ id: batchChunks.id });
    if (!chunk) throw new Error('Inserting a batch chunk returned no row');
    await tx
      .update(batchItems)
      .set({
        status: 'sending',
        chunkId: chunk.id,
        attempts: sql`${batchItems.attempts} + 1`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(batchItems.batchId, batchId),
          eq(batchItems.status, 'pending'),
          inArray(
            batchItems.id,
            items.map((item) => item.itemId),
          ),
        ),
      );
    return chunk.id;
  });
}

/** Closes a chunk: its timeline and the final status of each of its items. */
export async function finishChunk(
  batchId: string,
  chunkId: number,
  timeline: ChunkTimeline,
  results: readonly ItemResult[],
  db?: Database,
): Promise<void> {
  await (await resolveDb(db)).transaction(async (tx) => {
    await applyItemResults(tx, batchId, results, 'sending');
    await tx
      .update(batchChunks)
      .set({
        status: timeline.status,
        durationMs: timeline.durationMs,
        attempts: timeline.attempts,
        throttled: timeline.throttled,
        requestIds: timeline.requestIds,
      })
      .where(eq(batchChunks.id, chunkId));
  });
}

/** Final statuses decided without sending (conflicts, vanished videos, failed pre-reads). */
export async function recordUnsentResults(
  batchId: string,
  results: readonly ItemResult[],
  db?: Database,
): Promise<void> {
  if (results.length === 0) return;
  await (await resolveDb(db)).transaction((tx) => applyItemResults(tx, batchId, results, 'pending'));
}

async function applyItemResults(
  tx: Database,
  batchId: string,
  results: readonly ItemResult[],
  fromStatus: 'pending' | 'sending',
): Promise<void> {
  if (results.length === 0) return;
  const values = sql.join(
    results.map((r) => {
      const current = r.current ? JSON.stringify(r.current) : null;
      return sql`(${r.itemId}::bigint, ${r.status}::batch_item_status, ${current}::jsonb,
        ${r.errorCode ?? null}::text, ${r.errorMessage ?? null}::text, ${r.retryable ?? false}::boolean,
        ${r.requestId ?? null}::text)`;
    }),
    sql`, `,
  );
  const result = await tx.execute(sql`
    update batch_items as i
    set status = v.status, current = v.current, error_code = v.error_code, error_message = v.error_message,
        retryable = v.retryable, request_id = v.request_id, updated_at = now()
    from (values ${values}) as v(id, status, current, error_code, error_message, retryable, request_id)
    where i.id = v.id and i.batch_id = ${batchId} and i.status = ${fromStatus}::batch_item_status
    returning v.status as status`);
  // Only the rows that really moved are counted, so a result applied twice cannot skew the counters.
  const moved = rowsOf<{ status: BatchOutcome }>(result);
  if (moved.length === 0) return;
  const deltas = new Map<(typeof OUTCOME_COUNTER)[BatchOutcome], number>();
  for (const { status } of moved) {
    const counter = OUTCOME_COUNTER[status];
    deltas.set(counter, (deltas.get(counter) ?? 0) + 1);
  }
  const set: Record<string, unknown> = { pending: sql`${batches.pending} - ${moved.length}` };
  for (const [counter, delta] of deltas) set[counter] = sql`${batches[counter]} + ${delta}`;
  await tx.update(batches).set(set).where(eq(batches.id, batchId));
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
        finished_at = case when c.pending > 0 then null else now() end
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
