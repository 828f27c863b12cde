import type { Browser, Page } from '@playwright/test';
import { DEMO_USERS, expect, test } from './fixtures';

/** A second browser holding only a copy of this page's cookies: someone who captured them. */
async function withCopiedCookies(browser: Browser, from: Page, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await context.addCookies(await from.context().cookies());
  return context.newPage();
}

async function expectSignedIn(page: Page): Promise<void> {
  await page.goto('/videos');
  await expect(page).toHaveURL(/\/videos/);
  await expect(page.getByRole('grid', { name: 'Videos' })).toBeVisible();
}

async function expectSignedOut(page: Page): Promise<void> {
  await page.goto('/videos');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

test.describe('[SECURITY][SESSIONS] a session ends on the server', () => {
  // Several sign-ins and a save each, on a shared 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('[SECURITY][SIGN-OUT] a cookie copied before sign-out gets the sign-in page afterwards', async ({
    page,
    app,
    browser,
    signIn,
  }) => {
    await signIn('editor');
    const thief = await withCopiedCookies(browser, page, app.url);
    await expectSignedIn(thief);
    await expectSignedIn(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expectSignedOut(thief);
    // Route handlers refuse it too.
    expect((await thief.request.get('/api/videos')).status()).toBe(401);
    await thief.context().close();
  });

  test('[SECURITY][DISABLE] after disable and enable, the old cookie stays signed out', async ({
    app,
    browser,
    pageAs,
  }) => {
    const editor = await pageAs('editor');
    const copy = await withCopiedCookies(browser, editor, app.url);
    const admin = await pageAs('admin');
    await admin.goto('/users');
    // Each change to a user is confirmed in a dialog that names its effect.
    await admin.getByRole('button', { name: `Disable ${DEMO_USERS.editor}` }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Disable', exact: true }).click();
    await expect(admin.getByText(`${DEMO_USERS.editor} is disabled.`)).toBeVisible();
    await admin.getByRole('button', { name: `Enable ${DEMO_USERS.editor}` }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Enable', exact: true }).click();
    await expect(admin.getByText(`${DEMO_USERS.editor} is enabled.`)).toBeVisible();
    await expectSignedOut(copy);
    await expectSignedOut(editor);
    // Signing in again works as before.
    await expectSignedIn(await pageAs('editor'));
    await copy.context().close();
  });

  test('[SECURITY][EVERYWHERE] a user signs out everywhere; an admin signs another user out everywhere', async ({
    pageAs,
  }) => {
    const laptop = await pageAs('viewer');
    const phone = await pageAs('viewer');
    await laptop.goto('/account');
    await laptop.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(laptop).toHaveURL(/\/sign-in/);
    await expectSignedOut(phone);

    const viewer = await pageAs('viewer');
    const admin = await pageAs('admin');
    await admin.goto('/users');
    await admin.getByRole('button', { name: `Sign out ${DEMO_USERS.viewer} everywhere` }).click();
    await expect(admin.getByText(`${DEMO_USERS.viewer} is signed out everywhere.`)).toBeVisible();
    await expectSignedOut(viewer);
    await expectSignedIn(admin);
  });
});
