import 'server-only';
import type { Database } from '../client';
import { type AuditEventRow, auditEvents } from '../schema';
import { resolveDb } from './executor';

export type NewAuditEvent = Omit<typeof auditEvents.$inferInsert, 'id' | 'at'>;

/** Appends one event to the audit trail. */
export async function insertAuditEvent(event: NewAuditEvent, db?: Database): Promise<AuditEventRow> {
  const [row] = await (await resolveDb(db)).insert(auditEvents).values(event).returning();
  if (!row) throw new Error('Inserting an audit event returned no row');
  return row;
}
