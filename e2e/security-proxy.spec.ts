import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, expect, test } from './fixtures';
import { signInOverHttp } from './support/http-sign-in';

// Behind one trusted proxy: the address it forwards is the client's. Each test "comes from" addresses of
// its own through X-Forwarded-For.
test.use({ appEnv: { TRUSTED_PROXIES: '1' } });

async function failTimes(
  baseURL: string,
  email: string,
  address: string,
  times: number,
): Promise<Array<string | null>> {
  const answers: Array<string | null> = [];
  for (let i = 0; i < times; i += 1) {
    const attempt = await signInOverHttp(baseURL, { email, password: 'not-the-password' }, address);
    answers.push(attempt.error);
    await attempt.context.dispose();
  }
  return answers;
}

function auditRows(page: Page, text: string) {
  return page
    .getByRole('table', { name: 'Audit events, newest first' })
    .getByRole('row')
    .filter({ hasText: text });
}

test.describe('[SECURITY][THROTTLE] one trusted proxy hop', () => {
  // Several sign-ins and a save each, on a shared 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('[SECURITY][FORWARDED] the forwarded address is the one throttled and audited', async ({
    app,
    pageAs,
  }) => {
    expect(await failTimes(app.url, DEMO_USERS.viewer, '198.51.100.7', 1)).toEqual(['CredentialsSignin']);
    const admin = await pageAs('admin');
    await admin.goto('/audit?action=auth.sign_in_failed');
    await expect(auditRows(admin, DEMO_USERS.viewer).first()).toContainText('198.51.100.7');
  });

  test('[SECURITY][VICTIM] an editor whose account another address failed on 20 times signs in at once', async ({
    app,
    browser,
  }) => {
    const answers: Array<string | null> = [];
    for (const address of ['192.0.2.11', '192.0.2.12', '192.0.2.13', '192.0.2.14']) {
      answers.push(...(await failTimes(app.url, DEMO_USERS.editor, address, 5)));
    }
    expect(answers).toHaveLength(20);
    // Each guessing address locked itself out of this account (the last one is still locked)...
    expect(answers.filter((error) => error?.startsWith('throttled:'))).toHaveLength(4);
    const guesser = await signInOverHttp(
      app.url,
      { email: DEMO_USERS.editor, password: DEMO_PASSWORD },
      '192.0.2.14',
    );
    expect(guesser.error).toMatch(/^throttled:/);
    await guesser.context.dispose();

    // ...while the editor, from their own address, signs in with the right password on the first try.
    const context = await browser.newContext({
      baseURL: app.url,
      extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.77' },
    });
    const victim = await context.newPage();
    await victim.goto('/sign-in');
    await victim.getByLabel('Email').fill(DEMO_USERS.editor);
    await victim.getByLabel('Password').fill(DEMO_PASSWORD);
    await victim.getByRole('button', { name: 'Sign in' }).click();
    await expect(victim).toHaveURL(/\/videos/);
    await expect(victim.getByRole('grid', { name: 'Videos' })).toBeVisible();
    await context.close();
  });

  test('[SECURITY][SPRAY] an address that tries 30 accounts is locked, and the lock is audited', async ({
    app,
    pageAs,
  }) => {
    const sprayer = '198.51.100.99';
    const answers: Array<string | null> = [];
    for (let i = 0; i < 30; i += 1) {
      answers.push(...(await failTimes(app.url, `account${i}@demo.local`, sprayer, 1)));
    }
    expect(answers.slice(0, 19)).toEqual(Array(19).fill('CredentialsSignin'));
    expect(answers.slice(19).every((error) => error?.startsWith('throttled:'))).toBe(true);
    const right = await signInOverHttp(
      app.url,
      { email: DEMO_USERS.viewer, password: DEMO_PASSWORD },
      sprayer,
    );
    expect(right.error).toMatch(/^throttled:/);
    await right.context.dispose();

    const admin = await pageAs('admin');
    await admin.goto('/audit?action=auth.locked');
    await expect(auditRows(admin, sprayer).first()).toBeVisible();
  });
});
