import type { ReactNode } from 'react';
import type { Role } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';

/**
 * Checks the role in a segment's layout, before the page's loading skeleton streams: once streaming starts
 * the status is 200, so a refusal must come from outside that boundary to answer 403.
 */
export async function AccessGate({
  minRole,
  returnTo,
  children,
}: {
  minRole: Role;
  returnTo: string;
  children: ReactNode;
}) {
  await requireUser(minRole, returnTo);
  return children;
}
