import { DEMO_PASSWORD, DEMO_USERS, expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';

test.describe('[AUTH] sign-in', () => {
  test('[AUTH][SIGN-IN] an editor signs in, lands on the videos, and signs out', async ({ page, signIn }) => {
    await signIn('editor');
    await expect(page).toHaveURL(/\/videos/);
    await expect(page.getByRole('grid')).toBeVisible();
    await expect(page.getByText(DEMO_USERS.editor)).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/videos');
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fvideos/);
  });

  test('[AUTH][WRONG-PASSWORD] a wrong password gets a generic message and no session', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(DEMO_USERS.editor);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect' })).toBeVisible();
    await page.getByLabel('Email').fill('nobody@demo.local');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect' })).toBeVisible();
    await page.goto('/videos');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('[AUTH][RETURN-URL] signing in returns to the page that asked for it', async ({ page }) => {
    await page.goto('/videos?q=cat');
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await page.getByLabel('Email').fill(DEMO_USERS.viewer);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/videos\?q=cat/);
  });

  test('[AUTH][VIEWER] a viewer sees the grid but is offered no editing or saving', async ({
    page,
    signIn,
  }) => {
    await signIn('viewer');
    const videos = new VideosPage(page);
    await videos.open();
    await expect(page.getByRole('button', { name: 'Review changes' })).toHaveCount(0);
    const title = await videos.cell(0, 'Title');
    await title.dblclick();
    await page.keyboard.type('x');
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Batches' })).toHaveCount(0);
  });
});
