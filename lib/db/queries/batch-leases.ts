import 'server-only';
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { type BatchRow, batches } from '../schema';
import { resolveDb } from './executor';

/**
 * Which app server runs which batch. A server runs a batch only while it holds the batch's lease; its
 * heartbeat renews the lease, and a lease that was not renewed in time may be taken over by any server.
 * The times are the database's, so the servers' clocks do not matter.
 */

/** A server tried to work on a batch whose lease it no longer holds (another server has taken it over). */
export class BatchLeaseLostError extends Error {
  constructor(
    readonly batchId: string,
    readonly owner: string,
  ) {
    super(`Batch ${batchId} is no longer leased to ${owner}`);
    this.name = 'BatchLeaseLostError';
  }
}

const UNFINISHED = ['pending', 'running', 'interrupted'] as const;

function isClaimable(owner: string) {
  return and(
    inArray(batches.status, [...UNFINISHED]),
    or(isNull(batches.leaseOwner), eq(batches.leaseOwner, owner), lt(batches.leaseExpiresAt, sql`now()`)),
  );
}

/** Takes (or renews) the lease on an unfinished batch for `owner`; false when another server holds it. */
export async function claimBatchLease(
  batchId: string,
  owner: string,
  ttlMs: number,
  db?: Database,
): Promise<boolean> {
  const rows = await (await resolveDb(db))
    .update(batches)
    .set({ leaseOwner: owner, leaseExpiresAt: leaseExpiry(ttlMs) })
    .where(and(eq(batches.id, batchId), isClaimable(owner)))
    .returning({ id: batches.id });
  return rows.length > 0;
}

/** The heartbeat: renews `owner`'s leases on these batches and answers the ids it still holds. */
export async function renewBatchLeases(
  batchIds: readonly string[],
  owner: string,
  ttlMs: number,
  db?: Database,
): Promise<string[]> {
  if (batchIds.length === 0) return [];
  const rows = await (await resolveDb(db))
    .update(batches)
    .set({ leaseExpiresAt: leaseExpiry(ttlMs) })
    .where(and(inArray(batches.id, [...batchIds]), eq(batches.leaseOwner, owner)))
    .returning({ id: batches.id });
  return rows.map((row) => row.id);
}

/**
 * Gives up leases so another server may continue at once: `owner`'s on these batches (every one it holds
 * when `batchIds` is absent), or every lease when `owner` is null (one process by design, at start-up).
 */
export async function releaseBatchLeases(
  owner: string | null,
  batchIds?: readonly string[],
  db?: Database,
): Promise<void> {
  const conditions = [
    owner === null ? sql`${batches.leaseOwner} is not null` : eq(batches.leaseOwner, owner),
    batchIds ? inArray(batches.id, [...batchIds]) : undefined,
  ];
  if (batchIds?.length === 0) return;
  await (await resolveDb(db))
    .update(batches)
    .set({ leaseOwner: null, leaseExpiresAt: null })
    .where(and(...conditions));
}

/** Unfinished batches no server holds (never claimed, released, or whose owner stopped renewing), oldest first. */
export async function listClaimableBatches(owner: string, db?: Database): Promise<BatchRow[]> {
  return (await resolveDb(db))
    .select()
    .from(batches)
    .where(isClaimable(owner))
    .orderBy(asc(batches.createdAt), asc(batches.id));
}

/** When a lease taken now runs out, in the database's clock. */
export function leaseExpiry(ttlMs: number) {
  return sql`now() + make_interval(secs => ${ttlMs / 1000}::float8)`;
}
