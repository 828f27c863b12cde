import 'server-only';
import type { AppMode } from '@/lib/config';
import type { Database } from '@/lib/db';
import { countUsers } from '@/lib/db/queries/users';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-credentials';
import { createUser, UserAdminError } from './users';

const SYSTEM_ACTOR = { id: null, email: 'system:demo-seed' };

/**
 * Seeds the demo accounts when running against the emulator and no user exists yet. Never in production
 * mode: there the first admin comes from `npm run user -- add`.
 */
export async function ensureDemoAccounts(mode: AppMode, db?: Database): Promise<void> {
  if (mode !== 'emulator' || (await countUsers(db)) > 0) return;
  for (const account of DEMO_ACCOUNTS) {
    try {
      await createUser({ ...account, password: DEMO_PASSWORD }, { actor: SYSTEM_ACTOR, db });
    } catch (error) {
      // A concurrent first request seeded it already.
      if (!(error instanceof UserAdminError && error.code === 'conflict')) throw error;
    }
  }
}
