import { getOverview, listActiveBatches } from '@/lib/db/queries/overview';
import { type BenchDatabase, benchDatabaseEngine, openBenchDatabase } from '../support/database';
import { timed } from '../support/repeat';
import { toRow } from '../support/rows';
import { type HistorySize, seedHistory } from '../support/seed-history';
import { quantile } from '../support/stats';
import type { BenchContext, BenchGroup, BenchRow, Target } from '../support/types';

/**
 * The /overview page's reads on a large history: 100,000 batches of 10 items (1,000,000 items), one minute
 * apart (about 70 days), every tenth with a failure. Each run calls a query 20 times and keeps the p95, the
 * figure the issue sets a target for; the row reports the median of the runs' p95s.
 */

const FULL: HistorySize = { batches: 100_000, itemsPerBatch: 10, largeBatchItems: 20 };
const QUICK: HistorySize = { batches: 2_000, itemsPerBatch: 10, largeBatchItems: 20 };
const TARGET: Target = { op: 'le', threshold: 200, unit: 'ms' };
const DAY_MS = 86_400_000;

interface Query {
  name: string;
  execute(): Promise<unknown>;
}

function overviewQueries(database: BenchDatabase): Query[] {
  const { db } = database;
  const now = Date.now();
  const period = (days: number) => ({
    from: new Date(now - days * DAY_MS),
    to: new Date(now + DAY_MS),
    timeZone: 'Asia/Shanghai',
  });
  return [
    { name: 'overview, today', execute: () => getOverview(period(1), db) },
    { name: 'overview, 7 days', execute: () => getOverview(period(7), db) },
    { name: 'overview, 30 days', execute: () => getOverview(period(30), db) },
    { name: 'overview, batches running or waiting (live poll)', execute: () => listActiveBatches(db) },
  ];
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  const size = context.quick ? QUICK : FULL;
  const iterations = context.quick ? 5 : 20;
  const database = await openBenchDatabase();
  try {
    const items = size.batches * size.itemsPerBatch;
    context.progress(
      `overview: seeding ${database.engine}: ${size.batches.toLocaleString('en-US')} batches, ${items.toLocaleString('en-US')} items`,
    );
    const { ms: seedMs } = await timed(() => seedHistory(database.db, size));
    context.progress(`overview: seeded in ${(seedMs / 1000).toFixed(1)} s`);
    const queries = overviewQueries(database);
    const samples = new Map<string, number[]>(queries.map((query) => [query.name, []]));
    for (let round = -context.plan.warmup; round < context.plan.runs; round++) {
      for (const query of queries) {
        const times: number[] = [];
        for (let i = 0; i < iterations; i++) times.push((await timed(query.execute)).ms);
        if (round >= 0) samples.get(query.name)!.push(quantile(times, 0.95));
      }
    }
    const scale = `${size.batches.toLocaleString('en-US')} batches, ${items.toLocaleString('en-US')} items, ${database.engine}`;
    return queries.map((query) =>
      toRow({
        group: 'overview',
        name: `${query.name}: p95 of ${iterations} calls (${scale})`,
        unit: 'ms',
        samples: samples.get(query.name)!,
        target: TARGET,
      }),
    );
  } finally {
    await database.close();
  }
}

export const overviewGroup: BenchGroup = {
  name: 'overview',
  title: `admin overview queries at 100,000 batches / 1,000,000 items (${benchDatabaseEngine})`,
  run,
};
