import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditTrail } from '@/lib/db/queries/batch-history';
import { getSignInThrottles } from '@/lib/db/queries/sign-in-throttles';
import { getUserByEmail } from '@/lib/db/queries/users';
import { testDatabaseTargets } from '@/lib/db/test-support';
import { checkCredentials } from './credentials';
import { createUser, setUserDisabled } from './users';

const CLI = { id: null, email: 'cli:test' };
const PASSWORD = 'correct horse battery';

describe.each(testDatabaseTargets().map((t) => [t.name, t] as const))(
  '[AUTH][credentials][%s]',
  (_name, target) => {
    let store: Awaited<ReturnType<typeof target.create>>;
    let clock = new Date('2025-06-01T10:00:00Z');
    const now = () => clock;
    const check = (email: string, password: string, address: string | null = '203.0.113.1') =>
      checkCredentials({ email, password }, address, store.db, now);

    beforeAll(async () => {
      store = await target.create();
      for (const email of ['ana@example.com', 'bo@example.com', 'cy@example.com']) {
        await createUser({ email, role: 'editor', password: PASSWORD }, { actor: CLI, db: store.db });
      }
      await createUser(
        { email: 'sso@example.com', role: 'viewer', password: null },
        { actor: CLI, db: store.db },
      );
    });
    afterAll(async () => {
      await store?.dispose();
    });

    it('signs in with the right password, any email case, and records it', async () => {
      const result = await check('  ANA@example.com ', PASSWORD);
      expect(result).toMatchObject({ ok: true, user: { email: 'ana@example.com' } });
      expect((await getUserByEmail('ana@example.com', store.db))?.lastSignInAt).not.toBeNull();
      const [event] = (await listAuditTrail({ filter: { action: 'auth.sign_in' }, limit: 1 }, store.db)).rows;
      expect(event).toMatchObject({
        actorEmail: 'ana@example.com',
        ip: '203.0.113.1',
        details: { method: 'password' },
      });
    });

    it('answers the same for a wrong password, an unknown email, an SSO-only and a disabled account', async () => {
      const ana = await getUserByEmail('ana@example.com', store.db);
      const bo = await getUserByEmail('bo@example.com', store.db);
      if (!ana || !bo) throw new Error('missing users');
      await setUserDisabled(bo.id, true, { actor: CLI, db: store.db });
      const results = [
        await check('ana@example.com', 'wrong password'),
        await check('nobody@example.com', PASSWORD),
        await check('sso@example.com', PASSWORD),
        await check('bo@example.com', PASSWORD),
        await check('not an email', ''),
      ];
      expect(results).toEqual(Array(5).fill({ ok: false, reason: 'invalid' }));
      const failures = (
        await listAuditTrail({ filter: { action: 'auth.sign_in_failed' }, limit: 4 }, store.db)
      ).rows;
      expect(failures.map((e) => e.details.reason)).toEqual([
        'disabled',
        'no_password',
        'unknown_email',
        'wrong_password',
      ]);
      await setUserDisabled(bo.id, false, { actor: CLI, db: store.db });
    });

    it('locks an account after five failures, doubling, and a success clears it', async () => {
      clock = new Date('2025-06-01T12:00:00Z');
      for (let i = 0; i < 4; i += 1)
        expect(await check('cy@example.com', 'nope', null)).toMatchObject({ reason: 'invalid' });
      expect(await check('cy@example.com', 'nope', null)).toEqual({
        ok: false,
        reason: 'throttled',
        retryAfterSeconds: 30,
      });
      // Locked: even the right password is refused, without saying whether it was right.
      expect(await check('cy@example.com', PASSWORD, null)).toEqual({
        ok: false,
        reason: 'throttled',
        retryAfterSeconds: 30,
      });
      clock = new Date(clock.getTime() + 31_000);
      expect(await check('cy@example.com', 'nope', null)).toEqual({
        ok: false,
        reason: 'throttled',
        retryAfterSeconds: 60,
      });
      clock = new Date(clock.getTime() + 61_000);
      expect(await check('cy@example.com', PASSWORD, null)).toMatchObject({ ok: true });
      expect(await getSignInThrottles([{ scope: 'account', key: 'cy@example.com' }], store.db)).toEqual([]);
    });

    it('locks an address after twenty failures across accounts', async () => {
      clock = new Date('2025-06-01T14:00:00Z');
      const address = '198.51.100.23';
      for (let i = 0; i < 19; i += 1) {
        expect(await check(`guess${i}@example.com`, 'nope', address)).toMatchObject({ reason: 'invalid' });
      }
      expect(await check('guess19@example.com', 'nope', address)).toMatchObject({ reason: 'throttled' });
      expect(await check('ana@example.com', PASSWORD, address)).toMatchObject({ reason: 'throttled' });
      expect(await check('ana@example.com', PASSWORD, '198.51.100.24')).toMatchObject({ ok: true });
    });
  },
);
