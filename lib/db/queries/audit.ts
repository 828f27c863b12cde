import 'server-only';
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { type AuditEventRow, auditEvents } from '../schema';
import { resolveDb } from './executor';

export type NewAuditEvent = Omit<typeof auditEvents.$inferInsert, 'id' | 'at'>;

export interface AuditEventFilter {
  actorId?: string;
  action?: string;
  /** Keyset cursor: only events older than this one. */
  before?: { at: Date; id: number };
  limit: number;
}

/** Appends one event to the audit trail. */
export async function insertAuditEvent(event: NewAuditEvent, db?: Database): Promise<AuditEventRow> {
  const [row] = await (await resolveDb(db)).insert(auditEvents).values(event).returning();
  if (!row) throw new Error('Inserting an audit event returned no row');
  return row;
}

/** Audit events, newest first, optionally by actor or action, one keyset page at a time. */
export async function listAuditEvents(filter: AuditEventFilter, db?: Database): Promise<AuditEventRow[]> {
  const conditions: SQL[] = [];
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.before) {
    const { at, id } = filter.before;
    const older = or(lt(auditEvents.at, at), and(eq(auditEvents.at, at), lt(auditEvents.id, id)));
    if (older) conditions.push(older);
  }
  return (await resolveDb(db))
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(filter.limit);
}
