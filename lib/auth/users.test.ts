import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditTrail } from '@/lib/db/queries/batch-history';
import { countUsers, getUserByEmail } from '@/lib/db/queries/users';
import { testDatabaseTargets } from '@/test/support/db';
import { checkCredentials } from './credentials';
import { ensureDemoAccounts } from './demo-accounts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-credentials';
import { verifyPassword } from './password';
import {
  changeOwnPassword,
  changeUserRole,
  createUser,
  findUser,
  resetUserPassword,
  setUserDisabled,
  UserAdminError,
} from './users';

describe.each(testDatabaseTargets().map((t) => [t.name, t] as const))(
  '[AUTH][users][%s]',
  (_name, target) => {
    let store: Awaited<ReturnType<typeof target.create>>;
    let admin: { id: string; email: string };

    beforeAll(async () => {
      store = await target.create();
    });
    afterAll(async () => {
      await store?.dispose();
    });

    it('never seeds demo accounts in production mode', async () => {
      await ensureDemoAccounts('production', store.db);
      expect(await countUsers(store.db)).toBe(0);
    });

    it('seeds the demo accounts once, in emulator mode, into an empty store', async () => {
      await Promise.all([ensureDemoAccounts('emulator', store.db), ensureDemoAccounts('emulator', store.db)]);
      expect(await countUsers(store.db)).toBe(3);
      for (const account of DEMO_ACCOUNTS) {
        const result = await checkCredentials(
          { email: account.email, password: DEMO_PASSWORD },
          null,
          store.db,
        );
        expect(result).toMatchObject({ ok: true, user: { role: account.role } });
      }
      const user = await getUserByEmail('admin@demo.local', store.db);
      if (!user) throw new Error('no demo admin');
      admin = { id: user.id, email: user.email };
      await ensureDemoAccounts('emulator', store.db);
      expect(await countUsers(store.db)).toBe(3);
    });

    it('creates users with an audit event, refusing a taken email', async () => {
      const user = await createUser(
        { email: 'New@Example.com', name: 'New', role: 'viewer', password: 'a long enough password' },
        { actor: admin, ip: '192.0.2.9', db: store.db },
      );
      expect(user.email).toBe('new@example.com');
      const [event] = (await listAuditTrail({ filter: { action: 'user.created' }, limit: 1 }, store.db)).rows;
      expect(event).toMatchObject({
        actorId: admin.id,
        targetId: user.id,
        ip: '192.0.2.9',
        details: { email: 'new@example.com', role: 'viewer', hasPassword: true },
      });
      await expect(
        createUser(
          { email: 'new@example.com', role: 'admin', password: null },
          { actor: admin, db: store.db },
        ),
      ).rejects.toMatchObject({ code: 'conflict' });
    });

    it('changes roles with an audit event, but the only admin cannot lower their own', async () => {
      const user = await findUser('new@example.com', store.db);
      const promoted = await changeUserRole(user.id, 'editor', { actor: admin, db: store.db });
      expect(promoted.role).toBe('editor');
      const [event] = (await listAuditTrail({ filter: { action: 'user.role_changed' }, limit: 1 }, store.db))
        .rows;
      expect(event).toMatchObject({ targetId: user.id, details: { from: 'viewer', to: 'editor' } });

      await expect(changeUserRole(admin.id, 'editor', { actor: admin, db: store.db })).rejects.toMatchObject({
        code: 'last_admin',
      });
      expect((await findUser(admin.id, store.db)).role).toBe('admin');
      await expect(findUser('missing@example.com', store.db)).rejects.toBeInstanceOf(UserAdminError);
      await expect(findUser('00000000-0000-4000-8000-000000000000', store.db)).rejects.toMatchObject({
        code: 'not_found',
      });
    });

    it('disables and enables with audit events; disabling ends sessions; never oneself', async () => {
      const user = await findUser('new@example.com', store.db);
      const disabled = await setUserDisabled(user.id, true, { actor: admin, db: store.db });
      expect(disabled).toMatchObject({ disabled: true, tokenVersion: user.tokenVersion + 1 });
      expect((await setUserDisabled(user.id, false, { actor: admin, db: store.db })).disabled).toBe(false);
      const events = (await listAuditTrail({ filter: { actorId: admin.id }, limit: 2 }, store.db)).rows;
      expect(events.map((e) => e.action)).toEqual(['user.enabled', 'user.disabled']);
      await expect(setUserDisabled(admin.id, true, { actor: admin, db: store.db })).rejects.toMatchObject({
        code: 'self_change',
      });
    });

    it('resets a password, ending sessions, with an audit event', async () => {
      const user = await findUser('new@example.com', store.db);
      const after = await resetUserPassword(user.id, 'another long password', { actor: admin, db: store.db });
      expect(after.tokenVersion).toBe(user.tokenVersion + 1);
      expect(await verifyPassword(after.passwordHash, 'another long password')).toBe(true);
      const [event] = (await listAuditTrail({ limit: 1 }, store.db)).rows;
      expect(event).toMatchObject({ action: 'user.password_reset', targetId: user.id });
      expect(JSON.stringify(event)).not.toContain('another long password');
    });

    it('never demotes or disables the last active admin, and says why', async () => {
      const other = await createUser(
        { email: 'second-admin@example.com', role: 'admin', password: 'a long enough password' },
        { actor: admin, db: store.db },
      );
      // With two admins, one may go; then the one left is protected from every other admin's hand.
      await changeUserRole(admin.id, 'editor', { actor: other, db: store.db });
      await expect(changeUserRole(other.id, 'editor', { actor: admin, db: store.db })).rejects.toMatchObject({
        code: 'last_admin',
      });
      await expect(setUserDisabled(other.id, true, { actor: admin, db: store.db })).rejects.toMatchObject({
        code: 'last_admin',
      });
      expect(await findUser(other.id, store.db)).toMatchObject({ role: 'admin', disabled: false });
      // A disabled admin does not count as one left.
      await changeUserRole(admin.id, 'admin', { actor: other, db: store.db });
      await setUserDisabled(admin.id, true, { actor: other, db: store.db });
      await expect(changeUserRole(other.id, 'viewer', { actor: admin, db: store.db })).rejects.toMatchObject({
        code: 'last_admin',
      });
      await setUserDisabled(admin.id, false, { actor: other, db: store.db });
    });

    it('hands out a one-time password the first sign-in must replace, under the password policy', async () => {
      const user = await createUser(
        {
          email: 'onboard@example.com',
          role: 'editor',
          password: 'one time secret 1',
          mustChangePassword: true,
        },
        { actor: admin, db: store.db },
      );
      expect(user.mustChangePassword).toBe(true);
      await expect(
        changeOwnPassword(user.id, 'too short', { actor: user, db: store.db }),
      ).rejects.toMatchObject({
        code: 'weak_password',
      });
      const changed = await changeOwnPassword(user.id, 'my own new passphrase', {
        actor: user,
        db: store.db,
      });
      expect(changed).toMatchObject({ mustChangePassword: false, tokenVersion: user.tokenVersion + 1 });
      expect(await verifyPassword(changed.passwordHash, 'my own new passphrase')).toBe(true);
      const reset = await resetUserPassword(
        user.id,
        'another one time 2',
        { actor: admin, db: store.db },
        true,
      );
      expect(reset.mustChangePassword).toBe(true);
      const [event] = (await listAuditTrail({ limit: 1 }, store.db)).rows;
      expect(event).toMatchObject({ action: 'user.password_reset', details: { oneTime: true } });
    });
  },
);
