import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';
import { type AppConfig, getConfig } from '@/lib/config';
import { processSlot } from '@/lib/process-slot';
import { acquireDataDirLock } from './pglite-lock';
import * as schema from './schema';

/** The app's database, whichever engine is behind it; transactions have the same shape. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseConfig = AppConfig['database'];

export interface OpenDatabase {
  db: Database;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Folder of committed migrations; defaults to ./drizzle under the working directory. */
  migrationsFolder?: string;
}

// Any fixed number works: it only has to be the same in every process migrating the same database.
const MIGRATION_LOCK_KEY = 7_240_513_001;

/** Opens (and migrates) a database for an explicit configuration: tests, benchmarks and scripts. */
export async function openDatabase(
  config: DatabaseConfig,
  options: OpenDatabaseOptions = {},
): Promise<OpenDatabase> {
  const migrationsFolder = options.migrationsFolder ?? path.join(process.cwd(), 'drizzle');
  return config.kind === 'pglite'
    ? openPglite(config.dataDir, migrationsFolder)
    : openPostgres(config.url, migrationsFolder);
}

async function openPglite(dataDir: string, migrationsFolder: string): Promise<OpenDatabase> {
  const lock = acquireDataDirLock(dataDir);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const client = await PGlite.create(dataDir);
    try {
      const db = drizzlePglite({ client, schema });
      await migratePglite(db, { migrationsFolder });
      return {
        db,
        close: async () => {
          try {
            await client.close();
          } finally {
            lock.release();
          }
        },
      };
    } catch (error) {
      await client.close();
      throw error;
    }
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openPostgres(url: string, migrationsFolder: string): Promise<OpenDatabase> {
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('[db] idle PostgreSQL connection failed:', error.message));
  try {
    const connection = await pool.connect();
    try {
      // Several app processes may start together; the advisory lock lets one migrate while the others wait.
      await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      try {
        await migratePostgres(drizzlePostgres({ client: connection, schema }), { migrationsFolder });
      } finally {
        await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      }
    } finally {
      connection.release();
    }
    return { db: drizzlePostgres({ client: pool, schema }), close: () => pool.end() };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/**
 * Whether the database keeps its planner statistics by itself: PostgreSQL's autovacuum does, the embedded
 * PGlite (one backend, no background workers) does not.
 */
export function analyzesByItself(db: Database): boolean {
  return !((db as unknown as { $client?: unknown }).$client instanceof PGlite);
}

// One connection (and PGlite lock) per process, across dev reloads and bundles.
const processDatabase = processSlot<Promise<OpenDatabase>>('database');

/** The process-wide database from the app configuration, opened and migrated on first use. */
export async function getDb(): Promise<Database> {
  const opening = processDatabase.getOrCreate(() => {
    const opened = openDatabase(getConfig().database);
    // A failed open (e.g. the embedded database held by another process) is retried on the next call.
    opened.catch(() => {
      if (processDatabase.get() === opened) processDatabase.set(undefined);
    });
    return opened;
  });
  return (await opening).db;
}

/** Closes the process-wide database, if open; the next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const opening = processDatabase.get();
  processDatabase.set(undefined);
  if (!opening) return;
  const open = await opening.catch(() => undefined);
  await open?.close();
}
