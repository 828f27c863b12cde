import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type OpenDatabase, openDatabase } from '@/lib/db';
import { createScratchPostgres } from './scratch-postgres';

/**
 * Fresh, migrated-from-empty databases for store tests: always an embedded PGlite in a temp directory,
 * and a new PostgreSQL database on the TEST_DATABASE_URL server when that is set.
 */

export interface TestDatabaseTarget {
  name: 'pglite' | 'postgres';
  /** Opens a brand-new empty database and migrates it; `dispose` removes every trace. */
  create(): Promise<OpenDatabase & { dispose(): Promise<void> }>;
}

// Tests read the variable directly: it configures the test run, not the app (lib/config.ts stays the app's only reader).
const testDatabaseUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

let noticeShown = false;

/** The database engines store tests must pass on; prints a notice when PostgreSQL is skipped. */
export function testDatabaseTargets(): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [{ name: 'pglite', create: createPglite }];
  if (testDatabaseUrl) {
    targets.push({ name: 'postgres', create: () => createPostgres(testDatabaseUrl) });
  } else if (!noticeShown) {
    noticeShown = true;
    console.warn('[store tests] TEST_DATABASE_URL is not set: PostgreSQL runs skipped, PGlite only.');
  }
  return targets;
}

/** A temp directory removed by the returned function. */
export function makeTempDir(prefix: string): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function createPglite() {
  const temp = makeTempDir('vod-store-');
  const open = await openDatabase({ kind: 'pglite', dataDir: path.join(temp.dir, 'pglite') });
  return {
    ...open,
    dispose: async () => {
      await open.close();
      temp.remove();
    },
  };
}

async function createPostgres(serverUrl: string) {
  const scratch = await createScratchPostgres(serverUrl, 'vod_test');
  const open = await openDatabase({ kind: 'postgres', url: scratch.url });
  return {
    ...open,
    dispose: async () => {
      await open.close();
      await scratch.drop();
    },
  };
}
