import { redirect } from 'next/navigation';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ActionError, authedAction } from './action';
import type { SessionUser } from './session';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('./session', () => ({ getCurrentUser: async () => session.user }));

const editor: SessionUser = {
  id: 'u1',
  email: 'ed@example.com',
  name: null,
  role: 'editor',
  hasPassword: true,
  hasTwoStep: false,
  mustEnrolTwoStep: false,
  mustChangePassword: false,
};

describe('[AUTH][authedAction]', () => {
  const parsed = vi.fn();
  const schema = z.object({ title: z.string().min(1) }).transform((input) => {
    parsed(input);
    return input;
  });
  const saveTitle = authedAction('editor', schema, async ({ title }, { user }) => `${user.email}:${title}`);

  beforeEach(() => {
    parsed.mockClear();
    session.user = editor;
  });

  it('checks the session before looking at the input', async () => {
    session.user = null;
    expect(await saveTitle({ title: 'x' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    session.user = { ...editor, role: 'viewer' };
    expect(await saveTitle({ title: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(parsed).not.toHaveBeenCalled();
  });

  it('refuses prototype keys at any depth, before the schema sees them', async () => {
    const nested = authedAction(
      'editor',
      z.object({ items: z.array(z.object({ a: z.string() })) }),
      async () => 1,
    );
    for (const body of [
      '{"title":"x","__proto__":{"polluted":true}}',
      '{"items":[{"a":"x","constructor":{"prototype":{}}}]}',
      '{"items":[{"a":"x","prototype":1}]}',
    ]) {
      const input = JSON.parse(body);
      expect(await saveTitle(input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await nested(input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    // What a decoder that assigns keys makes of `__proto__`: an object with another prototype.
    const assigned: Record<string, unknown> = { title: 'x' };
    Object.setPrototypeOf(assigned, { title: 'inherited' });
    expect(await saveTitle(assigned as { title: string })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(parsed).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('holds an admin who must enrol a second factor to the enrolment actions', async () => {
    session.user = { ...editor, role: 'admin', mustEnrolTwoStep: true };
    expect(await saveTitle({ title: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const enrol = authedAction('viewer', z.object({}), async () => 'ok', { whileEnrolling: true });
    expect(await enrol({})).toEqual({ ok: true, data: 'ok' });
  });

  it('lets a user holding a one-time password run only the actions that allow it', async () => {
    session.user = { ...editor, mustChangePassword: true };
    expect(await saveTitle({ title: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(parsed).not.toHaveBeenCalled();
    const choosePassword = authedAction('viewer', z.object({}), async () => 'chosen', {
      allowPendingPasswordChange: true,
    });
    expect(await choosePassword({})).toEqual({ ok: true, data: 'chosen' });
  });

  it('rejects invalid input with field errors', async () => {
    const result = await saveTitle({ title: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(result.ok ? null : result.fieldErrors?.title).toHaveLength(1);
  });

  it('runs the action for a user with the role and returns its data', async () => {
    expect(await saveTitle({ title: 'New' })).toEqual({ ok: true, data: 'ed@example.com:New' });
    session.user = { ...editor, role: 'admin' };
    expect(await saveTitle({ title: 'New' })).toEqual({ ok: true, data: 'ed@example.com:New' });
  });

  it('returns expected failures and hides unexpected ones', async () => {
    const expected = authedAction('viewer', z.object({}), async () => {
      throw new ActionError('conflict', 'Changed meanwhile');
    });
    expect(await expected({})).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Changed meanwhile' },
    });

    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = authedAction('viewer', z.object({}), async () => {
      throw new Error('connection string postgres://secret@db');
    });
    const result = await broken({});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it("lets Next's redirect through", async () => {
    const moving = authedAction('viewer', z.object({}), async () => redirect('/videos'));
    await expect(moving({})).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_REDIRECT') });
  });
});
