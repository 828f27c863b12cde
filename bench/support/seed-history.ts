import { sql } from 'drizzle-orm';
import type { Database } from '@/lib/db';
import { batches, users } from '@/lib/db/schema';
import { LIMITS } from '@/lib/edits/limits';

/**
 * A batch history of a given size, generated inside the database (generate_series), so seeding hundreds of
 * thousands of items takes seconds and not the benchmark's budget. Every tenth batch has problems (every
 * fiftieth of its items failed); items sit in chunks of 20 like a real save.
 */

export interface HistorySize {
  /** Ordinary batches in the history. */
  batches: number;
  itemsPerBatch: number;
  /** Items of the one large batch the detail page is measured on. */
  largeBatchItems: number;
}

export interface SeededHistory {
  admin: { id: string; role: 'admin' };
  editor: { id: string; role: 'editor' };
  largeBatchId: string;
}

const EDITORS = 10;
const FAILED_EVERY = 50;
const failing = sql.raw(`b.status = 'done_with_problems' and i % ${FAILED_EVERY} = 0`);
const failedOf = (total: number) => Math.ceil(total / FAILED_EVERY);

/** Seeds users, batches, chunks and items; returns who can look and the large batch's id. */
export async function seedHistory(db: Database, size: HistorySize): Promise<SeededHistory> {
  const people = await db
    .insert(users)
    .values([
      { email: 'bench-admin@bench.local', role: 'admin' as const },
      ...Array.from({ length: EDITORS }, (_, i) => ({
        email: `bench-editor-${i}@bench.local`,
        role: 'editor' as const,
      })),
    ])
    .returning({ id: users.id, role: users.role });
  const editorIds = people.filter((person) => person.role === 'editor').map((person) => person.id);
  const editorArray = sql.raw(`array[${editorIds.map((id) => `'${id}'::uuid`).join(',')}]`);

  // Ordinary batches one minute apart going back in time; the large one is the newest.
  await db.execute(sql`
    insert into batches (user_id, kind, status, label, total, updated, failed, created_at, started_at, finished_at)
    select (${editorArray})[1 + g % ${EDITORS}], 'save',
      (case when g % 10 = 0 then 'done_with_problems' else 'done' end)::batch_status,
      'Bench batch ' || g, ${size.itemsPerBatch},
      ${size.itemsPerBatch} - (case when g % 10 = 0 then ${failedOf(size.itemsPerBatch)} else 0 end),
      case when g % 10 = 0 then ${failedOf(size.itemsPerBatch)} else 0 end,
      now() - make_interval(mins => g), now() - make_interval(mins => g), now() - make_interval(mins => g) + interval '20 seconds'
    from generate_series(1, ${size.batches}) g`);
  const failedInLarge = failedOf(size.largeBatchItems);
  const [large] = await db
    .insert(batches)
    .values({
      userId: editorIds[0]!,
      kind: 'save',
      status: 'done_with_problems',
      label: 'Bench large batch',
      total: size.largeBatchItems,
      updated: size.largeBatchItems - failedInLarge,
      failed: failedInLarge,
      startedAt: new Date(),
      finishedAt: new Date(Date.now() + 90_000),
    })
    .returning({ id: batches.id });
  if (!large) throw new Error('the large batch was not created');

  await db.execute(sql`
    insert into batch_chunks (batch_id, seq, video_ids, status, started_at, duration_ms, attempts, request_ids)
    select b.id, c.seq,
      array(select 'vid-' || lpad((c.seq * ${LIMITS.updateItemsPerCall} + i)::text, 8, '0')
        from generate_series(0, least(${LIMITS.updateItemsPerCall}, b.total - c.seq * ${LIMITS.updateItemsPerCall}) - 1) i),
      'done', b.started_at, 180 + c.seq % 40, 1, array['REQ-' || md5(b.id::text || c.seq)]
    from batches b
    cross join lateral generate_series(0, (b.total - 1) / ${LIMITS.updateItemsPerCall}) as c(seq)`);
  await db.execute(sql`
    insert into batch_items (batch_id, video_id, title, base, changes, status, error_code, error_message, request_id, attempts, chunk_id, updated_at)
    select b.id, 'vid-' || lpad(i::text, 8, '0'), 'Video title ' || i,
      jsonb_build_object('title', 'Video title ' || i), jsonb_build_object('title', 'Edited title ' || i),
      (case when ${failing} then 'failed' else 'updated' end)::batch_item_status,
      case when ${failing} then 'ServiceUnavailable' end,
      case when ${failing} then 'The service is temporarily unavailable.' end,
      ch.request_ids[1], 1, ch.id, coalesce(b.finished_at, now())
    from batches b
    cross join lateral generate_series(0, b.total - 1) i
    join batch_chunks ch on ch.batch_id = b.id and ch.seq = i / ${LIMITS.updateItemsPerCall}`);
  await db.execute(sql`analyze`);

  const admin = people.find((person) => person.role === 'admin')!;
  return {
    admin: { id: admin.id, role: 'admin' },
    editor: { id: editorIds[0]!, role: 'editor' },
    largeBatchId: large.id,
  };
}
