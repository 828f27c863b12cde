import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { isShuttingDown } from '@/lib/shutdown';
import { searchVideos } from '@/lib/vod';

export type CheckResult = 'ok' | 'failed';

export interface Readiness {
  ok: boolean;
  checks: { database: CheckResult; vod: CheckResult; shuttingDown: boolean };
}

// Load balancers probe every few seconds; VOD's answer is reused for a while so probes cost its quota little.
const VOD_CHECK_TTL_MS = 10_000;
const CHECK_TIMEOUT_MS = 3_000;

let vodCheck: { at: number; result: Promise<CheckResult> } | null = null;

/** Whether this server can serve: the database answers, VOD (or the emulator) answers, not shutting down. */
export async function checkReadiness(): Promise<Readiness> {
  const [database, vod] = await Promise.all([checkDatabase(), checkVod()]);
  const shuttingDown = isShuttingDown();
  return { ok: database === 'ok' && vod === 'ok' && !shuttingDown, checks: { database, vod, shuttingDown } };
}

async function checkDatabase(): Promise<CheckResult> {
  return outcome(getDb().then((db) => db.execute(sql`select 1`)));
}

function checkVod(): Promise<CheckResult> {
  const now = Date.now();
  if (!vodCheck || now - vodCheck.at > VOD_CHECK_TTL_MS) {
    const signal = AbortSignal.timeout(CHECK_TIMEOUT_MS);
    vodCheck = { at: now, result: outcome(searchVideos({}, { pageSize: 1, signal })) };
  }
  return vodCheck.result;
}

async function outcome(check: Promise<unknown>): Promise<CheckResult> {
  try {
    await Promise.race([
      check,
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref()),
    ]);
    return 'ok';
  } catch {
    return 'failed';
  }
}
