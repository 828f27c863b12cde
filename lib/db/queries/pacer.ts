import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { resolveDb } from './executor';

/** A run of consecutive call slots on an account's shared schedule, in the database clock's epoch ms. */
export interface ReservedRun {
  /** When the first slot of the run is due; the others follow at the interval. */
  firstMs: number;
  /** The database clock when the reservation was made, so a server can relate its clock to it. */
  nowMs: number;
}

/**
 * Reserves `count` consecutive slots of `intervalMs` on the schedule of `key`, in one statement: the run
 * starts where the schedule's last reservation ended, or `aheadMs` from now when that is earlier.
 * The row lock makes every app server's reservations line up on one schedule.
 */
export async function reservePacerSlots(
  key: string,
  count: number,
  intervalMs: number,
  aheadMs: number,
  db?: Database,
): Promise<ReservedRun> {
  const length = count * intervalMs;
  const result = await (await resolveDb(db)).execute(sql`
    with clock as (select extract(epoch from clock_timestamp()) * 1000 as now_ms)
    insert into pacer_schedules as p (key, due_ms)
    select ${key}, clock.now_ms + ${aheadMs}::float8 + ${length}::float8 from clock
    on conflict (key) do update
      set due_ms = greatest(p.due_ms, (select now_ms from clock) + ${aheadMs}::float8) + ${length}::float8
    returning p.due_ms - ${length}::float8 as "firstMs", (select now_ms from clock) as "nowMs"`);
  const row = (result as unknown as { rows: Array<{ firstMs: number | string; nowMs: number | string }> })
    .rows[0];
  if (!row) throw new Error(`Reserving pacer slots for ${key} returned no row`);
  return { firstMs: Number(row.firstMs), nowMs: Number(row.nowMs) };
}
