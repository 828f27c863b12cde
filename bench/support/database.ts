import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { type Database, openDatabase } from '@/lib/db';
import { createScratchPostgres } from '@/test/support/scratch-postgres';

/**
 * A fresh, migrated database for one benchmark group: PGlite in a temporary directory, or, when
 * BENCH_DATABASE_URL names a PostgreSQL server, a database created for the run and dropped after it (so the
 * benchmark never writes into an existing one).
 */

export interface BenchDatabase {
  db: Database;
  engine: 'PGlite' | 'PostgreSQL';
  close(): Promise<void>;
}

const benchDatabaseUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'BENCH_DATABASE_URL must be a postgres:// or postgresql:// URL')
  .optional()
  .parse(process.env.BENCH_DATABASE_URL?.trim() || undefined);

const migrationsFolder = path.resolve(__dirname, '..', '..', 'drizzle');

/** Which engine openBenchDatabase() uses, for group titles and row names. */
export const benchDatabaseEngine: BenchDatabase['engine'] = benchDatabaseUrl ? 'PostgreSQL' : 'PGlite';

/** Opens a new, empty, migrated database; close() removes it. */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  return benchDatabaseUrl ? openPostgres(benchDatabaseUrl) : openPglite();
}

async function openPglite(): Promise<BenchDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vod-bench-db-'));
  try {
    const open = await openDatabase(
      { kind: 'pglite', dataDir: path.join(dir, 'pglite') },
      { migrationsFolder },
    );
    return {
      db: open.db,
      engine: 'PGlite',
      async close() {
        await open.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function openPostgres(serverUrl: string): Promise<BenchDatabase> {
  const scratch = await createScratchPostgres(serverUrl, 'vod_bench');
  try {
    const open = await openDatabase({ kind: 'postgres', url: scratch.url }, { migrationsFolder });
    return {
      db: open.db,
      engine: 'PostgreSQL',
      async close() {
        await open.close();
        await scratch.drop();
      },
    };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}
