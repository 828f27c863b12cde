import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db';
import { listAuditTrail } from '@/lib/db/queries/batch-history';
import { makeTempDir } from '@/test/support/db';

const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

describe('[CLI][user]', { timeout: 300_000 }, () => {
  const temp = makeTempDir('vod-cli-');

  function user(...args: string[]) {
    return userWith({}, ...args);
  }

  function userWith(locale: { LANG?: string }, ...args: string[]) {
    // Only the variables the CLI needs: it must work without any VOD settings.
    const env = {
      NODE_ENV: 'test',
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: temp.dir,
      ...locale,
    } as const;
    const result = spawnSync(tsx, ['--conditions=react-server', 'scripts/user.ts', ...args], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 180_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  beforeAll(() => {
    expect(user('add', '--email', 'Root@Example.com', '--role', 'admin', '--name', 'Root')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /^Created admin root@example\.com\.\nPassword \(shown only now\): [\w-]{20}\n$/,
      ),
    });
  });
  afterAll(() => temp.remove());

  it('adds, changes, disables and lists users', () => {
    expect(
      user('add', '--email', 'ed@example.com', '--role', 'editor', '--password', 'quartz lantern meadow 42'),
    ).toMatchObject({
      code: 0,
      stdout: 'Created editor ed@example.com.\n',
    });
    expect(user('set-role', '--email', 'ED@example.com', '--role', 'viewer').stdout).toBe(
      'ed@example.com is now viewer.\n',
    );
    expect(user('disable', '--email', 'ed@example.com').stdout).toBe('ed@example.com is disabled.\n');
    const list = user('list');
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[0]).toMatch(/^EMAIL\s+ROLE\s+STATUS/);
    expect(list.stdout).toMatch(/ed@example\.com\s+viewer\s+disabled\s+password\s+never/);
    expect(list.stdout).toMatch(/root@example\.com\s+admin\s+active/);
    expect(user('enable', '--email', 'ed@example.com').stdout).toBe('ed@example.com is enabled.\n');
  });

  it('speaks Chinese with --lang zh-CN or a Chinese LANG, English otherwise', () => {
    const list = user('--lang', 'zh-CN', 'list');
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[0]).toMatch(/^邮箱\s+角色\s+状态\s+登录方式\s+最近登录$/);
    expect(list.stdout).toMatch(/root@example\.com\s+admin\s+正常\s+密码/);
    expect(userWith({ LANG: 'zh_CN.UTF-8' }, 'disable', '--email', 'nobody@example.com')).toMatchObject({
      code: 1,
      stderr: '用户不存在：nobody@example.com\n',
    });
    expect(
      userWith({ LANG: 'zh_CN.UTF-8' }, '--lang', 'en', 'disable', '--email', 'nobody@example.com').stderr,
    ).toBe('No user nobody@example.com\n');
    expect(
      userWith({ LANG: 'zh_CN.UTF-8' }, 'add', '--email', 'x@example.com', '--role', 'owner').stderr,
    ).toMatch(/^--role 必须是以下之一：viewer, editor, admin\n\n用法：/);
    expect(user('--lang', 'fr', 'list')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^--lang must be one of zh-CN, en\n/),
    });
  });

  it('resets a password, printing a generated one once', () => {
    const reset = user('reset-password', '--email', 'ed@example.com');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(
      /^Password of ed@example\.com reset; their sessions have ended\.\nPassword \(shown only now\): [\w-]{20}\n$/,
    );
  });

  it('fails with one clear line on bad input', () => {
    expect(user('add', '--email', 'x@example.com', '--role', 'owner')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^--role must be one of viewer, editor, admin\n/),
    });
    expect(user('add', '--email', 'x@example.com', '--role', 'viewer', '--password', 'short').stderr).toMatch(
      /^Password must be at least 12 characters/,
    );
    // Common passwords are refused (the full list of cases is in lib/auth/password-policy.test.ts).
    expect(
      user('add', '--email', 'x@example.com', '--role', 'viewer', '--password', 'password1234'),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^This password is too common or too easy to guess/),
    });
    expect(user('add', '--email', 'root@example.com', '--role', 'viewer')).toMatchObject({
      code: 1,
      stderr: 'A user with the email root@example.com already exists\n',
    });
    expect(user('disable', '--email', 'nobody@example.com')).toMatchObject({
      code: 1,
      stderr: 'No user nobody@example.com\n',
    });
  });

  it('records every change in the audit trail as the command line', async () => {
    const open = await openDatabase({ kind: 'pglite', dataDir: path.join(temp.dir, 'pglite') });
    try {
      const actions = (await listAuditTrail({ limit: 20 }, open.db)).rows.map(
        (e) => `${e.action} ${e.actorEmail}`,
      );
      expect(actions.slice(0, 6)).toEqual(
        [
          'user.password_reset',
          'user.enabled',
          'user.disabled',
          'user.role_changed',
          'user.created',
          'user.created',
        ].map((action) => expect.stringMatching(new RegExp(`^${action.replace('.', '\\.')} cli:`))),
      );
    } finally {
      await open.close();
    }
  });

  it('signs a user out everywhere and resets their two-step sign-in', () => {
    expect(user('sign-out-everywhere', '--email', 'ed@example.com')).toMatchObject({
      code: 0,
      stdout: 'ed@example.com is signed out everywhere.\n',
    });
    expect(user('reset-two-step', '--email', 'ed@example.com')).toMatchObject({
      code: 0,
      stdout: 'Two-step sign-in of ed@example.com is reset.\n',
    });
  });

  it('refuses to open the embedded database while another process holds it', async () => {
    const open = await openDatabase({ kind: 'pglite', dataDir: path.join(temp.dir, 'pglite') });
    try {
      const result = user('list');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(
          `^The embedded database at ${path.join(temp.dir, 'pglite').replace(/[.]/g, '\\.')} is in use by process ${process.pid} \\(started .+\\)\\. Stop it, or set DATABASE_URL to use PostgreSQL\\.\\n$`,
        ),
      );
    } finally {
      await open.close();
    }
    expect(user('list').code).toBe(0);
  });
});
