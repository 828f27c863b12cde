import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { DEMO_PASSWORD, DEMO_USERS, expect, type Role, test } from './fixtures';

/** The code an authenticator app shows for this key, `steps` periods of 30 s from now. */
function codeFor(secret: string, steps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

async function enrol(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.goto('/account');
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  const secret = ((await page.getByTestId('two-step-secret').textContent()) ?? '').trim();
  await page.getByLabel('Code from your app').fill(codeFor(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recoveryCodes = await codes.allTextContents();
  await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
  await expect(page.getByText('Two-step sign-in is on.')).toBeVisible();
  return { secret, recoveryCodes };
}

async function submitPassword(page: Page, role: Role): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO_USERS[role]);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

const codeField = (page: Page) => page.getByLabel('Code from your authenticator app, or a recovery code');

test.describe('[SECURITY][MFA] REQUIRE_ADMIN_MFA=1', () => {
  test.use({ appEnv: { REQUIRE_ADMIN_MFA: '1' } });

  test('[SECURITY][MFA-ADMIN] an admin is held to enrolment, then signs in with a code or a recovery code once', async ({
    page,
  }) => {
    await submitPassword(page, 'admin');
    await expect(page).toHaveURL(/\/account/);
    await expect(page.getByRole('alert')).toContainText('Admins must use two-step sign-in here');
    await page.goto('/users');
    await expect(page).toHaveURL(/\/account/);
    expect((await page.request.get('/api/videos')).status()).toBe(403);

    const { secret, recoveryCodes } = await enrol(page);
    await page.goto('/users');
    await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
    // Admins who must have it cannot turn it off.
    await page.goto('/account');
    await expect(page.getByRole('button', { name: 'Turn off two-step sign-in' })).toHaveCount(0);
    await signOut(page);

    // The password alone is not enough any more.
    await submitPassword(page, 'admin');
    await expect(page.getByRole('alert')).toContainText('Enter the code from your authenticator app');
    await expect(page).toHaveURL(/\/sign-in/);
    await codeField(page).fill(codeFor(secret) === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('That code is not valid');
    // The enrolment used the current period's code; the next period's is fresh.
    await codeField(page).fill(codeFor(secret, 1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/videos/);
    await signOut(page);

    const [recovery] = recoveryCodes as [string];
    await submitPassword(page, 'admin');
    await codeField(page).fill(recovery.toLowerCase());
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/videos/);
    await signOut(page);
    await submitPassword(page, 'admin');
    await codeField(page).fill(recovery);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('That code is not valid');
  });
});

test.describe('[SECURITY][MFA] optional two-step sign-in', () => {
  test('[SECURITY][MFA-RESET] an editor turns two-step on; an admin resets it, and the password alone works again', async ({
    page,
    signIn,
    pageAs,
  }) => {
    await signIn('editor');
    await enrol(page);
    await signOut(page);
    await submitPassword(page, 'editor');
    await expect(codeField(page)).toBeVisible();

    const admin = await pageAs('admin');
    await admin.goto('/users');
    await admin.getByRole('button', { name: `Reset two-step sign-in of ${DEMO_USERS.editor}` }).click();
    await expect(admin.getByText(`Two-step sign-in of ${DEMO_USERS.editor} is reset`)).toBeVisible();

    await submitPassword(page, 'editor');
    await expect(page).toHaveURL(/\/videos/);
  });
});
