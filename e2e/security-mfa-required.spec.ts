import { expect, test } from './fixtures';
import { codeField, codeFor, enrol, signOut, submitPassword } from './support/two-step';

// A server of its own, where admins must use two-step sign-in.
test.use({ appEnv: { REQUIRE_ADMIN_MFA: '1' } });

test.describe('[SECURITY][MFA] REQUIRE_ADMIN_MFA=1', () => {
  // Several sign-ins and a save each, on a shared 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('[SECURITY][MFA-ADMIN] an admin is held to enrolment, then signs in with a code or a recovery code once', async ({
    page,
  }) => {
    await submitPassword(page, 'admin');
    await expect(page).toHaveURL(/\/account/);
    await expect(page.getByText('Admins must use two-step sign-in here')).toBeVisible();
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
    await expect(page.getByText('Enter the code from your authenticator app')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    await codeField(page).fill(codeFor(secret) === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('That code is not valid')).toBeVisible();
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
    await expect(page.getByText('That code is not valid')).toBeVisible();
  });
});
