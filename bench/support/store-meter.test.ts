import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenDatabase, openDatabase } from '@/lib/db/client';
import { meterStore } from './store-meter';

let dir: string;
let open: OpenDatabase;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-meter-'));
  open = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'db') });
});

afterAll(async () => {
  await open.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('[bench][store-meter]', () => {
  it('counts queries and their busy time once when they overlap, then stops metering', async () => {
    const meter = meterStore();
    const started = performance.now();
    await Promise.all([
      open.db.execute(sql`select pg_sleep(0.05)`),
      open.db.execute(sql`select pg_sleep(0.05)`),
    ]);
    const wall = performance.now() - started;
    const { busyMs, queries } = meter.stop();
    expect(queries).toBe(2);
    expect(busyMs).toBeGreaterThanOrEqual(90);
    expect(busyMs).toBeLessThanOrEqual(wall + 1);

    await open.db.execute(sql`select 1`);
    expect(meter.stop()).toEqual({ busyMs, queries });
  });

  it('still delivers results and rejections to the caller', async () => {
    const meter = meterStore();
    const result = await open.db.execute(sql`select 41 + 1 as answer`);
    await expect(open.db.execute(sql`select * from no_such_table`)).rejects.toThrow();
    const { queries } = meter.stop();
    expect((result as unknown as { rows: { answer: number }[] }).rows[0]!.answer).toBe(42);
    expect(queries).toBe(2);
  });
});
