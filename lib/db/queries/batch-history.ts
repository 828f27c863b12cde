import 'server-only';
import { and, asc, desc, eq, gt, gte, ilike, isNotNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import { z } from 'zod';
import type { FieldChanges } from '@/lib/edits/fields';
import type { TagOperation } from '@/lib/edits/tag-ops';
import type { ChunkTiming } from '@/lib/history/call-timeline';
import type { BatchItemStatus, BatchOutcome, BatchStatus } from '@/lib/history/statuses';
import type { BatchSummaryData } from '@/lib/history/summary';
import type { Database } from '../client';
import { isUuid, UUID_PATTERN } from '../ids';
import { auditEvents, batchChunks, batches, batchItems, type UserRole, users } from '../schema';
import { OUTCOME_COUNTER } from './batch-outcomes';
import { resolveDb } from './executor';

/**
 * Read-only queries behind batch history and the audit trail. Every list is a keyset page (newest first for
 * batches and events, by video id for items, by sequence for chunks) served by an index, so a page costs the
 * same on the first and the ten-thousandth page. The batch list reads the counters stored on each batch and
 * never aggregates items.
 */

export type BatchKind = (typeof batches.$inferSelect)['kind'];

export type OutcomeCounts = Record<BatchOutcome | 'pending', number>;

/** One batch as lists and the detail header show it; times are ISO 8601 UTC. */
export interface BatchSummary {
  id: string;
  userId: string;
  userEmail: string;
  kind: BatchKind;
  parentBatchId: string | null;
  status: BatchStatus;
  label: string;
  /** What the batch did (null for batches made before summaries existed). */
  summary: BatchSummaryData | null;
  note: string;
  total: number;
  counts: OutcomeCounts;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** A batch with the batches made from it (retries and reverts). */
export interface BatchDetail extends BatchSummary {
  children: Pick<BatchSummary, 'id' | 'kind' | 'status' | 'createdAt'>[];
  /** While the run waits for VOD (unreachable, failing, throttling): when it tries again (ISO). */
  nextTryAt: string | null;
}

/** One video of a batch: what was asked, what VOD said, and the calls that carried it. */
export interface BatchItemView {
  videoId: string;
  title: string;
  status: BatchItemStatus;
  /**
   * VOD's values of the changed fields as the server read them (just before the update, or when it found a
   * conflict); empty for a video never read. Never the browser's values.
   */
  before: FieldChanges;
  changes: FieldChanges;
  /** "Add tags"/"Remove tags" as the editor asked for it; `changes.tags` is then the list sent. */
  tagOps: TagOperation | null;
  /** VOD's values when they no longer matched the before-values (a conflict). */
  current: FieldChanges | null;
  errorCode: string | null;
  errorMessage: string | null;
  retryable: boolean;
  /** The request that decided the outcome. */
  requestId: string | null;
  attempts: number;
  /** The chunk (UpdateVideoInfos call group) that carried the video, when it was sent. */
  chunk: { seq: number; requestIds: string[] } | null;
}

/** One UpdateVideoInfos call group: when it was sent, how long it took, how often it was tried. */
export interface BatchChunkView {
  seq: number;
  videoCount: number;
  status: (typeof batchChunks.$inferSelect)['status'];
  startedAt: string | null;
  durationMs: number | null;
  attempts: number;
  throttled: number;
  requestIds: string[];
}

export interface AuditEventView {
  id: number;
  at: string;
  actorId: string | null;
  actorEmail: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
}

/** A page of rows and the cursor of the next page (null on the last). */
export interface Page<T> {
  rows: T[];
  nextCursor: string | null;
}

/** Who is looking: admins see every batch, everyone else only their own. */
export interface BatchViewer {
  id: string;
  role: UserRole;
}

export interface BatchListFilter {
  userId?: string;
  outcome?: BatchOutcome;
  status?: BatchStatus;
  /** Inclusive lower bound on created_at. */
  from?: Date;
  /** Exclusive upper bound on created_at. */
  to?: Date;
  /** Part of the summary or note. */
  search?: string;
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

const MAX_PAGE_SIZE = 500;

/** Batches the viewer may see, newest first, one keyset page at a time. */
export async function listBatches(
  params: { viewer: BatchViewer; filter?: BatchListFilter; cursor?: string | null; limit: number },
  db?: Database,
): Promise<Page<BatchSummary>> {
  const { viewer, filter = {}, limit } = params;
  const conditions: (SQL | undefined)[] = [
    viewer.role === 'admin' ? undefined : eq(batches.userId, viewer.id),
    filter.userId ? eq(batches.userId, filter.userId) : undefined,
    filter.status ? eq(batches.status, filter.status) : undefined,
    filter.outcome ? gt(batches[OUTCOME_COUNTER[filter.outcome]], 0) : undefined,
    filter.from ? gte(batches.createdAt, filter.from) : undefined,
    filter.to ? lt(batches.createdAt, filter.to) : undefined,
    filter.search?.trim() ? ilike(batches.summaryText, `%${escapeLike(filter.search.trim())}%`) : undefined,
    olderThan(batches.createdAt, batches.id, decodeTimeCursor(params.cursor, 'uuid'), 'uuid'),
  ];
  const rows = await (await resolveDb(db))
    .select({ ...summaryColumns, createdAtKey: timestampKey(batches.createdAt) })
    .from(batches)
    .innerJoin(users, eq(users.id, batches.userId))
    .where(and(...conditions))
    .orderBy(desc(batches.createdAt), desc(batches.id))
    .limit(pageSize(limit) + 1);
  return toPage(rows, limit, (last) => encodeCursor([last.createdAtKey, last.id]), toSummary);
}

/** One batch with its author and linked child batches, or null when it does not exist. */
export async function getBatchDetail(batchId: string, db?: Database): Promise<BatchDetail | null> {
  if (!isUuid(batchId)) return null;
  const database = await resolveDb(db);
  const [found] = await database
    .select({ ...summaryColumns, nextTryAt: batches.nextTryAt })
    .from(batches)
    .innerJoin(users, eq(users.id, batches.userId))
    .where(eq(batches.id, batchId))
    .limit(1);
  if (!found) return null;
  const { nextTryAt, ...row } = found;
  const children = await database
    .select({ id: batches.id, kind: batches.kind, status: batches.status, createdAt: batches.createdAt })
    .from(batches)
    .where(eq(batches.parentBatchId, batchId))
    .orderBy(asc(batches.createdAt), asc(batches.id));
  return {
    ...toSummary(row),
    nextTryAt: nextTryAt?.toISOString() ?? null,
    children: children.map((child) => ({ ...child, createdAt: child.createdAt.toISOString() })),
  };
}

/** A batch's videos in video-id order, optionally by outcome or matching a video id or part of a title. */
export async function listBatchItems(
  params: {
    batchId: string;
    status?: BatchItemStatus;
    search?: string;
    cursor?: string | null;
    limit: number;
  },
  db?: Database,
): Promise<Page<BatchItemView>> {
  const { batchId, status, limit } = params;
  const search = params.search?.trim();
  const after = decodeCursor(params.cursor, z.tuple([z.string().min(1)]));
  const conditions: (SQL | undefined)[] = [
    eq(batchItems.batchId, batchId),
    status ? eq(batchItems.status, status) : undefined,
    search
      ? or(eq(batchItems.videoId, search), ilike(batchItems.title, `%${escapeLike(search)}%`))
      : undefined,
    after ? gt(batchItems.videoId, after[0]) : undefined,
  ];
  const rows = await (await resolveDb(db))
    .select(itemColumns)
    .from(batchItems)
    .leftJoin(batchChunks, eq(batchChunks.id, batchItems.chunkId))
    .where(and(...conditions))
    .orderBy(asc(batchItems.videoId))
    .limit(pageSize(limit) + 1);
  return toPage(rows, limit, (last) => encodeCursor([last.videoId]), toItemView);
}

/** Every item of a batch, a page at a time, in video-id order: for exports that must not hold it all in memory. */
export async function* iterateBatchItems(
  batchId: string,
  pageSizeHint = 1000,
  db?: Database,
): AsyncGenerator<BatchItemView[]> {
  let cursor: string | null = null;
  do {
    const page: Page<BatchItemView> = await listBatchItems({ batchId, cursor, limit: pageSizeHint }, db);
    if (page.rows.length > 0) yield page.rows;
    cursor = page.nextCursor;
  } while (cursor);
}

/** A batch's chunk timeline in sending order. */
export async function listBatchChunks(
  params: { batchId: string; cursor?: string | null; limit: number },
  db?: Database,
): Promise<Page<BatchChunkView>> {
  const after = decodeCursor(params.cursor, z.tuple([z.coerce.number().int().min(0)]));
  const rows = await (await resolveDb(db))
    .select({
      seq: batchChunks.seq,
      videoCount: sql<number>`cardinality(${batchChunks.videoIds})`.mapWith(Number),
      status: batchChunks.status,
      startedAt: batchChunks.startedAt,
      durationMs: batchChunks.durationMs,
      attempts: batchChunks.attempts,
      throttled: batchChunks.throttled,
      requestIds: batchChunks.requestIds,
    })
    .from(batchChunks)
    .where(and(eq(batchChunks.batchId, params.batchId), after ? gt(batchChunks.seq, after[0]) : undefined))
    .orderBy(asc(batchChunks.seq))
    .limit(pageSize(params.limit) + 1);
  return toPage(
    rows,
    params.limit,
    (last) => encodeCursor([String(last.seq)]),
    (row) => ({ ...row, startedAt: row.startedAt?.toISOString() ?? null }),
  );
}

// Enough for the timeline of a 200,000-video batch; the chart reads seconds, not every chunk.
const MAX_TIMED_CHUNKS = 10_000;

/** When each of a batch's finished chunks started, how long it took and how many calls it made. */
export async function listChunkTimings(batchId: string, db?: Database): Promise<ChunkTiming[]> {
  const rows = await (await resolveDb(db))
    .select({
      startedAt: batchChunks.startedAt,
      durationMs: batchChunks.durationMs,
      attempts: batchChunks.attempts,
      throttled: batchChunks.throttled,
    })
    .from(batchChunks)
    .where(
      and(
        eq(batchChunks.batchId, batchId),
        isNotNull(batchChunks.startedAt),
        isNotNull(batchChunks.durationMs),
      ),
    )
    .orderBy(asc(batchChunks.seq))
    .limit(MAX_TIMED_CHUNKS);
  return rows.map((row) => ({
    startedAt: row.startedAt!.toISOString(),
    durationMs: row.durationMs!,
    attempts: row.attempts,
    throttled: row.throttled,
  }));
}

/** The audit trail, newest first, by actor, action and time range, one keyset page at a time. */
export async function listAuditTrail(
  params: { filter?: AuditFilter; cursor?: string | null; limit: number },
  db?: Database,
): Promise<Page<AuditEventView>> {
  const { filter = {}, limit } = params;
  const conditions: (SQL | undefined)[] = [
    filter.actorId ? eq(auditEvents.actorId, filter.actorId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.from ? gte(auditEvents.at, filter.from) : undefined,
    filter.to ? lt(auditEvents.at, filter.to) : undefined,
    olderThan(auditEvents.at, auditEvents.id, decodeTimeCursor(params.cursor, 'bigint'), 'bigint'),
  ];
  const rows = await (await resolveDb(db))
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      atKey: timestampKey(auditEvents.at),
      actorId: auditEvents.actorId,
      actorEmail: auditEvents.actorEmail,
      action: auditEvents.action,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      details: auditEvents.details,
      ip: auditEvents.ip,
    })
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(pageSize(limit) + 1);
  return toPage(
    rows,
    limit,
    (last) => encodeCursor([last.atKey, String(last.id)]),
    ({ atKey: _key, ...row }) => ({ ...row, at: row.at.toISOString() }),
  );
}

const summaryColumns = {
  id: batches.id,
  userId: batches.userId,
  userEmail: users.email,
  kind: batches.kind,
  parentBatchId: batches.parentBatchId,
  status: batches.status,
  label: batches.label,
  summary: batches.summary,
  note: batches.note,
  total: batches.total,
  updated: batches.updated,
  forbidden: batches.forbidden,
  notFound: batches.notFound,
  referenceNotFound: batches.referenceNotFound,
  conflict: batches.conflict,
  failed: batches.failed,
  pending: batches.pending,
  createdAt: batches.createdAt,
  startedAt: batches.startedAt,
  finishedAt: batches.finishedAt,
};

function toSummary(row: SelectResultFields<typeof summaryColumns>): BatchSummary {
  return {
    id: row.id,
    userId: row.userId,
    userEmail: row.userEmail,
    kind: row.kind,
    parentBatchId: row.parentBatchId,
    status: row.status,
    label: row.label,
    summary: row.summary,
    note: row.note,
    total: row.total,
    counts: {
      updated: row.updated,
      forbidden: row.forbidden,
      not_found: row.notFound,
      reference_not_found: row.referenceNotFound,
      conflict: row.conflict,
      failed: row.failed,
      pending: row.pending,
    },
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

const itemColumns = {
  videoId: batchItems.videoId,
  title: batchItems.title,
  status: batchItems.status,
  before: sql<FieldChanges | null>`coalesce(${batchItems.before}, ${batchItems.current})`,
  changes: batchItems.changes,
  tagOps: batchItems.tagOps,
  current: batchItems.current,
  errorCode: batchItems.errorCode,
  errorMessage: batchItems.errorMessage,
  retryable: batchItems.retryable,
  requestId: batchItems.requestId,
  attempts: batchItems.attempts,
  chunkSeq: batchChunks.seq,
  chunkRequestIds: batchChunks.requestIds,
};

// The chunk columns come through a left join, so they may be null whatever the schema says.
type ItemRow = Omit<SelectResultFields<typeof itemColumns>, 'chunkSeq' | 'chunkRequestIds'> & {
  chunkSeq: number | null;
  chunkRequestIds: string[] | null;
};

function toItemView({ chunkSeq, chunkRequestIds, before, ...row }: ItemRow): BatchItemView {
  return {
    ...row,
    before: before ?? {},
    chunk: chunkSeq === null ? null : { seq: chunkSeq, requestIds: chunkRequestIds ?? [] },
  };
}

function pageSize(limit: number): number {
  return Math.min(Math.max(1, Math.trunc(limit)), MAX_PAGE_SIZE);
}

function toPage<Row, View>(
  rows: Row[],
  limit: number,
  cursorOf: (last: Row) => string,
  toView: (row: Row) => View,
): Page<View> {
  const size = pageSize(limit);
  const pageRows = rows.slice(0, size);
  const last = pageRows.at(-1);
  return { rows: pageRows.map(toView), nextCursor: rows.length > size && last ? cursorOf(last) : null };
}

// Timestamps carry microseconds and a JavaScript Date only milliseconds, so a keyset cursor keeps the exact
// database text; a Date would skip rows that share the millisecond of a page's last row.
function timestampKey(column: typeof batches.createdAt | typeof auditEvents.at): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

const TIMESTAMP_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const idPattern = { uuid: UUID_PATTERN, bigint: /^\d{1,18}$/ } as const;

function decodeTimeCursor(cursor: string | null | undefined, idKind: keyof typeof idPattern) {
  return decodeCursor(
    cursor,
    z.tuple([z.string().regex(TIMESTAMP_KEY), z.string().regex(idPattern[idKind])]),
  );
}

/** Rows strictly after the cursor in (time desc, id desc) order, as one row comparison the index can serve. */
function olderThan(
  time: typeof batches.createdAt | typeof auditEvents.at,
  id: typeof batches.id | typeof auditEvents.id,
  cursor: [string, string] | null,
  idKind: keyof typeof idPattern,
): SQL | undefined {
  if (!cursor) return undefined;
  const [at, key] = cursor;
  const idValue = idKind === 'uuid' ? sql`${key}::uuid` : sql`${key}::bigint`;
  return sql`(${time}, ${id}) < (${at}::timestamptz, ${idValue})`;
}

function encodeCursor(parts: string[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

// A cursor comes back through the URL: anything that does not decode to the expected shape means "first page".
function decodeCursor<T extends z.ZodTypeAny>(
  cursor: string | null | undefined,
  shape: T,
): z.infer<T> | null {
  if (!cursor) return null;
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
