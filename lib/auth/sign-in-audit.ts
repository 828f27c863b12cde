import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db';
import { markUserSignedIn } from '@/lib/db/queries/users';
import type { UserRow } from '@/lib/db/schema';

export type SignInMethod = 'password' | 'oidc';

/** Stamps a successful sign-in on the user and records it in the audit trail, as the user. */
export async function recordSignIn(
  user: UserRow,
  method: SignInMethod,
  ip: string | null,
  db?: Database,
): Promise<void> {
  await markUserSignedIn(user.id, db);
  await recordAudit(
    {
      actor: { id: user.id, email: user.email },
      action: 'auth.sign_in',
      targetType: 'user',
      targetId: user.id,
      details: { method },
      ip,
    },
    db,
  );
}
