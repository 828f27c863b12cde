import {
  type BatchViewer,
  getBatchDetail,
  listBatchChunks,
  listBatches,
  listBatchItems,
} from '@/lib/db/queries/batch-history';
import { type BenchDatabase, benchDatabaseEngine, openBenchDatabase } from '../support/database';
import { timed } from '../support/repeat';
import { toRow } from '../support/rows';
import { type HistorySize, seedHistory } from '../support/seed-history';
import { summarize } from '../support/stats';
import type { BenchContext, BenchGroup, BenchRow } from '../support/types';

/**
 * The queries behind /batches and /batches/[id] on a large history. Each run times a query several times
 * and keeps the median, so one slow garbage collection does not decide a run.
 */

const PAGE_SIZE = 50;
const ITEMS_PAGE_SIZE = 100;

const FULL: HistorySize = { batches: 20_000, itemsPerBatch: 40, largeBatchItems: 50_000 };
const QUICK: HistorySize = { batches: 200, itemsPerBatch: 20, largeBatchItems: 2_000 };

interface Query {
  name: string;
  execute(): Promise<unknown>;
}

async function pageCursor(
  viewer: BatchViewer,
  pages: number,
  database: BenchDatabase,
): Promise<string | null> {
  let cursor: string | null = null;
  for (let i = 0; i < pages; i++) {
    cursor = (await listBatches({ viewer, cursor, limit: PAGE_SIZE }, database.db)).nextCursor;
  }
  return cursor;
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  const size = context.quick ? QUICK : FULL;
  const iterations = context.quick ? 5 : 20;
  const database = await openBenchDatabase();
  try {
    context.progress(
      `store: seeding ${database.engine}: ${size.batches.toLocaleString('en-US')} batches × ${size.itemsPerBatch} items + one of ${size.largeBatchItems.toLocaleString('en-US')}`,
    );
    const { ms: seedMs, result: history } = await timed(() => seedHistory(database.db, size));
    context.progress(`store: seeded in ${(seedMs / 1000).toFixed(1)} s`);
    const { db } = database;
    const deepPage = Math.min(100, Math.floor(size.batches / PAGE_SIZE / 2));
    const deepCursor = await pageCursor(history.admin, deepPage, database);
    const batchId = history.largeBatchId;

    const queries: Query[] = [
      {
        name: `/batches list, first page of ${PAGE_SIZE} (admin)`,
        execute: () => listBatches({ viewer: history.admin, limit: PAGE_SIZE }, db),
      },
      {
        name: `/batches list, page ${deepPage + 1} by keyset cursor`,
        execute: () => listBatches({ viewer: history.admin, cursor: deepCursor, limit: PAGE_SIZE }, db),
      },
      {
        name: `/batches list, an editor's own batches`,
        execute: () => listBatches({ viewer: history.editor, limit: PAGE_SIZE }, db),
      },
      {
        name: `/batches list, filtered to batches with failures`,
        execute: () =>
          listBatches({ viewer: history.admin, filter: { outcome: 'failed' }, limit: PAGE_SIZE }, db),
      },
      {
        name: `/batches/[id] detail: header, ${ITEMS_PAGE_SIZE} items, chunk timeline`,
        execute: () =>
          Promise.all([
            getBatchDetail(batchId, db),
            listBatchItems({ batchId, limit: ITEMS_PAGE_SIZE }, db),
            listBatchChunks({ batchId, limit: ITEMS_PAGE_SIZE }, db),
          ]),
      },
      {
        name: `/batches/[id] items filtered to failed`,
        execute: () => listBatchItems({ batchId, status: 'failed', limit: ITEMS_PAGE_SIZE }, db),
      },
      {
        name: `/batches/[id] items searched by title`,
        execute: () => listBatchItems({ batchId, search: 'title 4242', limit: ITEMS_PAGE_SIZE }, db),
      },
    ];

    const samples = new Map<string, number[]>(queries.map((query) => [query.name, []]));
    for (let round = -context.plan.warmup; round < context.plan.runs; round++) {
      for (const query of queries) {
        const times: number[] = [];
        for (let i = 0; i < iterations; i++) times.push((await timed(query.execute)).ms);
        if (round >= 0) samples.get(query.name)!.push(summarize(times).median);
      }
    }
    const listScale = `${(size.batches + 1).toLocaleString('en-US')} batches, ${database.engine}`;
    const detailScale = `batch of ${size.largeBatchItems.toLocaleString('en-US')} items, ${database.engine}`;
    return [
      ...queries.map((query) =>
        toRow({
          group: 'store',
          name: `${query.name} (${query.name.startsWith('/batches/[id]') ? detailScale : listScale})`,
          unit: 'ms',
          samples: samples.get(query.name)!,
        }),
      ),
    ];
  } finally {
    await database.close();
  }
}

export const storeGroup: BenchGroup = {
  name: 'store',
  title: `batch history list and detail queries at scale (${benchDatabaseEngine})`,
  run,
};
