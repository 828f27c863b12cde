import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditTrail } from '@/lib/db/queries/batch-history';
import { getSignInThrottles } from '@/lib/db/queries/sign-in-throttles';
import { getUserByEmail } from '@/lib/db/queries/users';
import { testDatabaseTargets } from '@/test/support/db';
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

    it('locks the (account, address) pair after five failures, doubling, and records lock and unlock', async () => {
      clock = new Date('2025-06-01T12:00:00Z');
      const guesser = '192.0.2.66';
      for (let i = 0; i < 4; i += 1)
        expect(await check('cy@example.com', 'nope', guesser)).toMatchObject({ reason: 'invalid' });
      expect(await check('cy@example.com', 'nope', guesser)).toEqual({
        ok: false,
        reason: 'throttled',
        retryAfterSeconds: 30,
      });
      // Locked: even the right password is refused from there, without saying whether it was right.
      expect(await check('cy@example.com', PASSWORD, guesser)).toEqual({
        ok: false,
        reason: 'throttled',
        retryAfterSeconds: 30,
      });
      const [locked] = (await listAuditTrail({ filter: { action: 'auth.locked' }, limit: 1 }, store.db)).rows;
      expect(locked).toMatchObject({
        ip: guesser,
        details: { email: 'cy@example.com', address: guesser, until: '2025-06-01T12:00:30.000Z' },
      });
      clock = new Date(clock.getTime() + 31_000);
      expect(await check('cy@example.com', 'nope', guesser)).toEqual({
        ok: false,
        reason: 'throttled',
        retryAfterSeconds: 60,
      });
      const [unlocked] = (await listAuditTrail({ filter: { action: 'auth.unlocked' }, limit: 1 }, store.db))
        .rows;
      expect(unlocked).toMatchObject({ details: { address: guesser, at: '2025-06-01T12:00:30.000Z' } });
      clock = new Date(clock.getTime() + 61_000);
      expect(await check('cy@example.com', PASSWORD, guesser)).toMatchObject({ ok: true });
      expect(
        await getSignInThrottles([{ scope: 'account_ip', key: `cy@example.com ${guesser}` }], store.db),
      ).toEqual([]);
    });

    it('never refuses the owner: failures elsewhere only slow the account down', async () => {
      clock = new Date('2025-06-01T13:00:00Z');
      const waits: number[] = [];
      const slowCheck = (password: string, address: string) =>
        checkCredentials({ email: 'ana@example.com', password }, address, store.db, now, async (ms) => {
          waits.push(ms);
        });
      // Twenty failures from four addresses: each pair locks, the account is never locked.
      for (let a = 0; a < 4; a += 1) {
        for (let i = 0; i < 5; i += 1) await slowCheck('nope', `198.51.100.${a + 1}`);
      }
      expect(await slowCheck(PASSWORD, '198.51.100.1')).toMatchObject({ reason: 'throttled' });
      expect(waits.at(-1)).toBe(2_000);
      expect(await slowCheck(PASSWORD, '203.0.113.50')).toMatchObject({
        ok: true,
        user: { email: 'ana@example.com' },
      });
      // The success forgets the account's count: the next attempt is not slowed.
      waits.length = 0;
      expect(await slowCheck(PASSWORD, '203.0.113.51')).toMatchObject({ ok: true });
      expect(waits).toEqual([]);
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
      const [locked] = (await listAuditTrail({ filter: { action: 'auth.locked' }, limit: 1 }, store.db)).rows;
      expect(locked).toMatchObject({ targetType: 'address', ip: address, details: { address } });
    });
  },
);
