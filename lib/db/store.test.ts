import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '@/test/support/db';
import migrationJournal from '../../drizzle/meta/_journal.json';
import type { OpenDatabase } from './client';
import { insertAuditEvent } from './queries/audit';
import { listAuditTrail } from './queries/batch-history';
import { insertBatchWithItems, type NewBatchItem } from './queries/batches';
import { getUserPreference, setUserPreference } from './queries/preferences';
import { getSignInThrottles, updateSignInThrottle } from './queries/sign-in-throttles';
import {
  countUsers,
  getUserByEmail,
  getUserById,
  insertUser,
  listUsers,
  updateUserDisabled,
  updateUserPassword,
  updateUserRole,
} from './queries/users';

/** The database's own message for a failed statement (drizzle wraps it). */
async function failureOf(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : String(error);
  }
  return 'no error';
}

async function rows<T>(open: OpenDatabase, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await open.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

describe.each(testDatabaseTargets().map((t) => [t.name, t] as const))('[STORE][%s]', (_name, target) => {
  let store: Awaited<ReturnType<typeof target.create>>;

  beforeAll(async () => {
    store = await target.create();
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it('migrates an empty database to every table, with the audit trigger', async () => {
    const tables = await rows<{ table_name: string }>(
      store,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      'audit_events',
      'batch_chunks',
      'batch_items',
      'batch_rollups',
      'batches',
      'pacer_schedules',
      'sessions',
      'sign_in_throttles',
      'user_preferences',
      'users',
      'video_id_lists',
    ]);
    const triggers = await rows<{ tgname: string }>(
      store,
      sql`select tgname from pg_trigger where tgrelid = 'audit_events'::regclass and not tgisinternal order by tgname`,
    );
    expect(triggers.map((t) => t.tgname)).toEqual([
      'audit_events_no_truncate',
      'audit_events_no_update_or_delete',
    ]);
    const applied = await rows<{ n: number }>(
      store,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(applied[0]?.n).toBe(migrationJournal.entries.length);
  });

  it('stores users with lowercased unique emails', async () => {
    const user = await insertUser({ email: '  Ana@Example.COM ', name: 'Ana', role: 'editor' }, store.db);
    expect(user?.email).toBe('ana@example.com');
    expect(user?.tokenVersion).toBe(0);
    expect(await insertUser({ email: 'ANA@example.com', role: 'viewer' }, store.db)).toBeNull();
    expect((await getUserByEmail('ana@EXAMPLE.com', store.db))?.id).toBe(user?.id);
    expect(await getUserByEmail('nobody@example.com', store.db)).toBeNull();
    await expect(
      store.db.execute(sql`insert into users (email, role) values ('Upper@Example.com', 'viewer')`),
    ).rejects.toThrow();
  });

  it('changes role, disables (ending sessions) and replaces passwords', async () => {
    const user = await insertUser({ email: 'bo@example.com', role: 'viewer', passwordHash: 'x' }, store.db);
    if (!user) throw new Error('insert failed');
    expect((await updateUserRole(user.id, 'admin', store.db))?.role).toBe('admin');
    const disabled = await updateUserDisabled(user.id, true, store.db);
    expect(disabled).toMatchObject({ disabled: true, tokenVersion: 1 });
    const enabled = await updateUserDisabled(user.id, false, store.db);
    // Re-enabling must not revive the sessions that disabling ended.
    expect(enabled).toMatchObject({ disabled: false, tokenVersion: 1 });
    expect(await updateUserPassword(user.id, 'y', true, store.db)).toMatchObject({
      mustChangePassword: true,
      passwordHash: 'y',
      tokenVersion: 2,
    });
    expect(await getUserById('00000000-0000-4000-8000-000000000000', store.db)).toBeNull();
    expect(await updateUserRole('00000000-0000-4000-8000-000000000000', 'admin', store.db)).toBeNull();
    expect((await listUsers(store.db)).map((u) => u.email)).toEqual(['ana@example.com', 'bo@example.com']);
    expect(await countUsers(store.db)).toBe(2);
  });

  it('keeps one value per user and preference key', async () => {
    const user = await getUserByEmail('ana@example.com', store.db);
    if (!user) throw new Error('missing user');
    expect(await getUserPreference(user.id, 'grid', store.db)).toBeNull();
    await setUserPreference(user.id, 'grid', { columns: ['title'] }, store.db);
    await setUserPreference(user.id, 'grid', { columns: ['title', 'tags'] }, store.db);
    expect(await getUserPreference(user.id, 'grid', store.db)).toEqual({ columns: ['title', 'tags'] });
  });

  it('appends audit events and refuses to change or remove them', async () => {
    const first = await insertAuditEvent(
      {
        actorId: null,
        actorEmail: 'cli:root',
        action: 'user.created',
        targetType: 'user',
        targetId: 'a',
        details: { n: 1 },
      },
      store.db,
    );
    const second = await insertAuditEvent(
      { actorId: null, actorEmail: 'cli:root', action: 'user.disabled', targetType: 'user', targetId: 'a' },
      store.db,
    );
    expect(
      await failureOf(
        store.db.execute(sql`update audit_events set action = 'forged' where id = ${first.id}`),
      ),
    ).toMatch(/append-only/);
    expect(await failureOf(store.db.execute(sql`delete from audit_events where id = ${first.id}`))).toMatch(
      /append-only/,
    );
    expect(await failureOf(store.db.execute(sql`truncate audit_events`))).toMatch(/append-only/);

    const newestFirst = (await listAuditTrail({ limit: 10 }, store.db)).rows;
    expect(newestFirst.map((e) => e.id)).toEqual([second.id, first.id]);
    expect(newestFirst[1]).toMatchObject({ action: 'user.created', details: { n: 1 } });
    const newest = await listAuditTrail({ limit: 1 }, store.db);
    const older = await listAuditTrail({ limit: 10, cursor: newest.nextCursor }, store.db);
    expect(older.rows.map((e) => e.id)).toEqual([first.id]);
    expect(
      (await listAuditTrail({ filter: { action: 'user.disabled' }, limit: 10 }, store.db)).rows.map(
        (e) => e.id,
      ),
    ).toEqual([second.id]);
  });

  it('counts every concurrent failure against a throttle key', async () => {
    const key = { scope: 'account' as const, key: 'race@example.com' };
    const now = new Date();
    await Promise.all(
      Array.from({ length: 8 }, () =>
        updateSignInThrottle(
          key,
          (current) => ({
            failures: (current?.failures ?? 0) + 1,
            windowStartedAt: current?.windowStartedAt ?? now,
            lastFailureAt: now,
            lockedUntil: null,
          }),
          store.db,
        ),
      ),
    );
    const [row] = await getSignInThrottles([key, { scope: 'ip', key: '192.0.2.1' }], store.db);
    expect(row).toMatchObject({ scope: 'account', key: 'race@example.com', failures: 8 });
  });

  // Batches take turns on a video in creation order (listPendingPage), which only holds when a batch can
  // never become visible behind one created after it: otherwise the later one runs unblocked, and two
  // editors' saves of the same videos both report "updated" (the race CI met on PostgreSQL).
  it('never shows a batch behind one created after it', async () => {
    const user = await insertUser({ email: 'order@example.com', role: 'editor' }, store.db);
    if (!user) throw new Error('no user');
    const items = (count: number): NewBatchItem[] =>
      Array.from({ length: count }, (_, i) => ({
        videoId: `order-${i}`,
        title: '',
        base: { title: '' },
        changes: { title: 'new' },
      }));
    const insert = (count: number) =>
      insertBatchWithItems({ userId: user.id, kind: 'save' }, items(count), store.db);
    const listed = () =>
      rows<{ id: string }>(
        store,
        sql`select id from batches where user_id = ${user.id} order by created_at, id`,
      );
    const slow = insert(20_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const fast = await insert(1);
    // What a run of the newer batch sees the moment it exists: every batch created before it.
    const seen = (await listed()).map((row) => row.id);
    await slow;
    const all = (await listed()).map((row) => row.id);
    expect(seen).toEqual(all.slice(0, all.indexOf(fast.id) + 1));
  });

  it('keeps the planner statistics of a large batch: itself on PGlite, through autovacuum on PostgreSQL', async () => {
    const user = await insertUser({ email: 'statistics@example.com', role: 'editor' }, store.db);
    if (!user) throw new Error('no user');
    const manualAnalyzes = async () =>
      (
        await rows<{ n: number }>(
          store,
          sql`select analyze_count::int as n from pg_stat_user_tables where relname = 'batch_items'`,
        )
      )[0]?.n;
    const before = await manualAnalyzes();
    const items = Array.from({ length: 1_000 }, (_, i) => ({
      videoId: `statistics-${i}`,
      title: '',
      base: { title: '' },
      changes: { title: 'new' },
    }));
    await insertBatchWithItems({ userId: user.id, kind: 'save' }, items, store.db);
    if (target.name === 'pglite') {
      const [counted] = await rows<{ estimated: number; actual: number }>(
        store,
        sql`select (select reltuples from pg_class where relname = 'batch_items')::int as estimated,
          (select count(*) from batch_items)::int as actual`,
      );
      expect(counted?.estimated).toBe(counted?.actual);
    } else {
      // A save never waits for a sample of the whole table (most of a second once it is large).
      expect(await manualAnalyzes()).toBe(before);
    }
  });
});
