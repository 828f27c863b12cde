import 'server-only';
import type { Database } from '@/lib/db';
import { insertAuditEvent } from '@/lib/db/queries/audit';
import type { AuditAction } from './actions';

/** Who did it: a signed-in user, or a named non-user such as the command line (id null). */
export interface AuditActor {
  id: string | null;
  email: string;
}

export interface AuditRecord {
  actor: AuditActor;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** Appends an event to the audit trail; pass a transaction to make it part of the change it records. */
export async function recordAudit(record: AuditRecord, db?: Database): Promise<void> {
  await insertAuditEvent(
    {
      actorId: record.actor.id,
      actorEmail: record.actor.email,
      action: record.action,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      details: record.details ?? {},
      ip: record.ip ?? null,
    },
    db,
  );
}
