import 'server-only';
import { sql } from 'drizzle-orm';
import { BATCH_OUTCOMES, type BatchOutcome } from '@/lib/history/statuses';
import type { BatchSummaryData } from '@/lib/history/summary';
import type { Database } from '../client';
import type { BatchRow } from '../schema';
import { resolveDb } from './executor';

/**
 * The admin overview's reads. Batch-level numbers come from batch_rollups (the batches' counters summed per
 * quarter hour and user, kept by a trigger) for the whole quarter hours of the period, and from the batches
 * themselves for the partial quarter hours at its edges, so they are exact for any instants; problem codes
 * and repeated failures read only the items that ended badly, through a partial index on when they did.
 */

export interface OverviewPeriod {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
  /** IANA zone the days are counted in (the viewer's). */
  timeZone: string;
}

export interface OverviewDay {
  /** YYYY-MM-DD in the period's time zone. */
  day: string;
  batches: number;
  videosChanged: number;
}

export interface OverviewProblem {
  /** VOD's error code, or the outcome when VOD gave none (conflict, not_found…). */
  code: string;
  outcome: BatchOutcome;
  videos: number;
  /** The batches it happened in most recently (up to three), for links. */
  batchIds: string[];
}

export interface OverviewEditor {
  userId: string;
  email: string;
  videosChanged: number;
  batches: number;
}

export interface RepeatedFailure {
  videoId: string;
  failures: number;
  batches: number;
  lastBatchId: string;
  lastCode: string;
}

export interface OverviewData {
  days: OverviewDay[];
  totals: { batches: number; videos: number; videosChanged: number };
  outcomes: Record<BatchOutcome, number>;
  problems: OverviewProblem[];
  editors: OverviewEditor[];
  repeatedFailures: RepeatedFailure[];
}

export interface ActiveBatch {
  id: string;
  userEmail: string;
  kind: BatchRow['kind'];
  status: BatchRow['status'];
  summary: BatchSummaryData | null;
  total: number;
  done: number;
  problems: number;
  createdAt: string;
  startedAt: string | null;
}

const PROBLEM_STATUSES = sql.raw(`('forbidden', 'not_found', 'reference_not_found', 'conflict', 'failed')`);
const TOP = 10;
const REPEATED_TOP = 20;

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

const BUCKET_MS = 15 * 60_000;

/**
 * The period split where the rollups can answer: [inner.from, inner.to) is whole quarter hours (empty,
 * at `to`, when the period holds none); the rest of [from, to) is read from the batches.
 */
function splitPeriod(from: Date, to: Date): { from: string; to: string } {
  const start = Math.ceil(from.getTime() / BUCKET_MS) * BUCKET_MS;
  const end = Math.floor(to.getTime() / BUCKET_MS) * BUCKET_MS;
  const inner = start < end ? { from: start, to: end } : { from: to.getTime(), to: to.getTime() };
  return { from: new Date(inner.from).toISOString(), to: new Date(inner.to).toISOString() };
}

type CounterRow = { batches: number; videos: number } & Record<BatchOutcome, number>;

/** Every number of the overview for one period, in two statements (PGlite runs them one after another). */
export async function getOverview(period: OverviewPeriod, db?: Database): Promise<OverviewData> {
  const database = await resolveDb(db);
  const { timeZone } = period;
  const from = period.from.toISOString();
  const to = period.to.toISOString();
  const inner = splitPeriod(period.from, period.to);
  // The period's batches as counter rows: whole quarter hours from the rollups, the edges from the batches.
  const counters = sql`
    select bucket as at, user_id, batches, videos, updated, forbidden, not_found, reference_not_found,
      conflict, failed
    from batch_rollups where bucket >= ${inner.from}::timestamptz and bucket < ${inner.to}::timestamptz
    union all
    select created_at, user_id, 1, total, updated, forbidden, not_found, reference_not_found, conflict, failed
    from batches
    where created_at >= ${from}::timestamptz and created_at < ${inner.from}::timestamptz
      or created_at >= ${inner.to}::timestamptz and created_at < ${to}::timestamptz`;

  // One pass over the counters gives the days (a null user_id) and the editors (a null day).
  const sums = database.execute(sql`
    with c as (
      select to_char(at at time zone ${timeZone}, 'YYYY-MM-DD') as day, * from (${counters}) x
    ), g as (
      select day, user_id, sum(batches)::int as batches, sum(videos)::int as videos,
        sum(updated)::int as updated, sum(forbidden)::int as forbidden, sum(not_found)::int as not_found,
        sum(reference_not_found)::int as reference_not_found, sum(conflict)::int as conflict,
        sum(failed)::int as failed
      from c group by grouping sets ((day), (user_id))
      having sum(batches) > 0
    )
    select g.*, u.email from g left join users u on u.id = g.user_id`);
  // One read of the items that ended badly gives the problem codes and the repeated failures.
  const badly = database.execute(sql`
    with p as materialized (
      select batch_id::text as batch_id, video_id, coalesce(error_code, status::text) as code,
        status::text as outcome, updated_at
      from batch_items
      where status in ${PROBLEM_STATUSES}
        and updated_at >= ${from}::timestamptz and updated_at < ${to}::timestamptz
    )
    select
      (select coalesce(json_agg(t order by t.videos desc, t.code), '[]') from (
        select code, outcome, count(*)::int as videos, (array_agg(distinct batch_id))[1:3] as "batchIds"
        from p group by 1, 2 order by videos desc, code limit ${TOP}) t) as problems,
      (select coalesce(json_agg(t order by t.failures desc, t."videoId"), '[]') from (
        select video_id as "videoId", count(*)::int as failures, count(distinct batch_id)::int as batches,
          (array_agg(batch_id order by updated_at desc))[1] as "lastBatchId",
          (array_agg(code order by updated_at desc))[1] as "lastCode"
        from p group by video_id having count(distinct batch_id) > 1
        order by failures desc, video_id limit ${REPEATED_TOP}) t) as repeated`);

  const [sumRows, [bad]] = await Promise.all([
    sums.then((result) =>
      rowsOf<CounterRow & { day: string | null; user_id: string | null; email: string | null }>(result),
    ),
    badly.then((result) => rowsOf<{ problems: OverviewProblem[]; repeated: RepeatedFailure[] }>(result)),
  ]);
  const dayRows = sumRows.filter((row) => row.day !== null).sort((a, b) => (a.day! < b.day! ? -1 : 1));
  const sum = (pick: (row: CounterRow) => number) => dayRows.reduce((total, row) => total + pick(row), 0);
  const outcomes = Object.fromEntries(
    BATCH_OUTCOMES.map((outcome) => [outcome, sum((row) => row[outcome])]),
  ) as Record<BatchOutcome, number>;
  const editors = sumRows
    .filter((row) => row.day === null && row.user_id !== null)
    .map((row) => ({
      userId: row.user_id!,
      email: row.email ?? '',
      videosChanged: row.updated,
      batches: row.batches,
    }))
    .sort((a, b) => b.videosChanged - a.videosChanged || (a.email < b.email ? -1 : 1))
    .slice(0, TOP);
  return {
    days: dayRows.map((row) => ({ day: row.day!, batches: row.batches, videosChanged: row.updated })),
    totals: {
      batches: sum((row) => row.batches),
      videos: sum((row) => row.videos),
      videosChanged: outcomes.updated,
    },
    outcomes,
    problems: bad?.problems ?? [],
    editors,
    repeatedFailures: bad?.repeated ?? [],
  };
}

/** Batches queued, running or stopped before the end, oldest first, with how far each has come. */
export async function listActiveBatches(db?: Database): Promise<ActiveBatch[]> {
  const result = await (await resolveDb(db)).execute(sql`
    select b.id, u.email as user_email, b.kind::text as kind, b.status::text as status, b.summary, b.total,
      (b.total - b.pending)::int as done, (b.total - b.pending - b.updated)::int as problems,
      b.created_at, b.started_at
    from batches b join users u on u.id = b.user_id
    where b.status in ('pending', 'running', 'interrupted')
    order by b.created_at, b.id
    limit 50`);
  return rowsOf<{
    id: string;
    user_email: string;
    kind: BatchRow['kind'];
    status: BatchRow['status'];
    summary: BatchSummaryData | null;
    total: number;
    done: number;
    problems: number;
    created_at: Date | string;
    started_at: Date | string | null;
  }>(result).map((row) => ({
    id: row.id,
    userEmail: row.user_email,
    kind: row.kind,
    status: row.status,
    summary: row.summary,
    total: row.total,
    done: row.done,
    problems: row.problems,
    createdAt: new Date(row.created_at).toISOString(),
    startedAt: row.started_at === null ? null : new Date(row.started_at).toISOString(),
  }));
}
