import { hasRole } from '@/lib/auth/roles';
import type { BatchActor, BatchOwner } from './types';

/** Whether a user may retry, revert or resume a batch: an admin, or the editor who made it. */
export function canActOnBatch(user: Pick<BatchActor, 'id' | 'role'>, batch: BatchOwner): boolean {
  return hasRole(user, 'admin') || (hasRole(user, 'editor') && batch.userId === user.id);
}
