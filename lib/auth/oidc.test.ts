import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OidcConfig } from '@/lib/config';
import { listAuditTrail } from '@/lib/db/queries/batch-history';
import { testDatabaseTargets } from '@/test/support/db';
import { mapOidcRole, type OidcIdentity, provisionOidcUser } from './oidc';
import { createUser, setUserDisabled } from './users';

const config: OidcConfig = {
  issuer: 'https://idp.example.com',
  clientId: 'vod',
  clientSecret: 'secret',
  roleClaim: 'vod_role',
  adminEmails: ['boss@example.com'],
  editorEmails: ['writer@example.com'],
};

const identity = (subject: string, email: string, claims: Record<string, unknown> = {}): OidcIdentity => ({
  subject,
  email,
  emailVerified: true,
  name: null,
  claims,
});

describe('[AUTH][oidc roles]', () => {
  it('prefers the role claim, taking the highest of a list', () => {
    expect(mapOidcRole({ vod_role: 'editor' }, 'boss@example.com', config)).toBe('editor');
    expect(mapOidcRole({ vod_role: ['viewer', 'admin', 'other'] }, 'x@example.com', config)).toBe('admin');
  });

  it('falls back to the email lists, then to nothing', () => {
    expect(mapOidcRole({ vod_role: 'owner' }, 'Boss@Example.com', config)).toBe('admin');
    expect(mapOidcRole({}, 'writer@example.com', config)).toBe('editor');
    expect(mapOidcRole({}, 'someone@example.com', config)).toBeNull();
  });
});

describe('[AUTH][oidc provisioning][pglite]', () => {
  const [pglite] = testDatabaseTargets();
  let store: Awaited<ReturnType<NonNullable<typeof pglite>['create']>>;

  beforeAll(async () => {
    if (!pglite) throw new Error('no PGlite target');
    store = await pglite.create();
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it('creates a viewer at first sign-in, and applies a granted role later', async () => {
    const created = await provisionOidcUser(
      identity('sub-1', 'Dee@Example.com'),
      config,
      '192.0.2.1',
      store.db,
    );
    expect(created).toMatchObject({
      email: 'dee@example.com',
      role: 'viewer',
      oidcSubject: 'sub-1',
      passwordHash: null,
    });
    const raised = await provisionOidcUser(
      identity('sub-1', 'dee@example.com', { vod_role: 'editor' }),
      config,
      null,
      store.db,
    );
    expect(raised).toMatchObject({ id: created?.id, role: 'editor' });
    // No role granted: the role an admin set here stays.
    expect(
      (await provisionOidcUser(identity('sub-1', 'dee@example.com'), config, null, store.db))?.role,
    ).toBe('editor');
    const actions = (await listAuditTrail({ limit: 10 }, store.db)).rows.map((e) => e.action);
    expect(actions).toEqual([
      'auth.sign_in',
      'auth.sign_in',
      'user.role_changed',
      'auth.sign_in',
      'user.created',
    ]);
  });

  it('links an existing account by email once, and never to a second identity', async () => {
    await createUser(
      { email: 'boss@example.com', role: 'viewer', password: null },
      { actor: { id: null, email: 'cli:t' }, db: store.db },
    );
    const linked = await provisionOidcUser(identity('sub-2', 'boss@example.com'), config, null, store.db);
    expect(linked).toMatchObject({ oidcSubject: 'sub-2', role: 'admin' });
    expect(await provisionOidcUser(identity('sub-3', 'boss@example.com'), config, null, store.db)).toBeNull();
  });

  it('refuses unverified emails and disabled accounts', async () => {
    expect(
      await provisionOidcUser(
        { ...identity('sub-4', 'new@example.com'), emailVerified: false },
        config,
        null,
        store.db,
      ),
    ).toBeNull();
    expect(
      await provisionOidcUser({ ...identity('sub-5', ''), email: null }, config, null, store.db),
    ).toBeNull();
    const user = await provisionOidcUser(identity('sub-6', 'gone@example.com'), config, null, store.db);
    if (!user) throw new Error('not provisioned');
    await setUserDisabled(user.id, true, { actor: { id: null, email: 'cli:t' }, db: store.db });
    expect(await provisionOidcUser(identity('sub-6', 'gone@example.com'), config, null, store.db)).toBeNull();
    const [event] = (await listAuditTrail({ limit: 1 }, store.db)).rows;
    expect(event).toMatchObject({
      action: 'auth.sign_in_failed',
      details: { method: 'oidc', reason: 'disabled' },
    });
  });
});
