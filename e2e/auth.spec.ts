import { DEMO_PASSWORD, DEMO_USERS, expect, test } from './fixtures';
import { BatchesPage } from './pages/batches-page';
import { VideosPage } from './pages/videos-page';

test.describe('[AUTH] sign-in', () => {
  test('[AUTH][SIGN-IN] an editor signs in, lands on the videos, and signs out', async ({
    page,
    signInWithForm,
  }) => {
    await signInWithForm('editor');
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

test.describe('[AUTH][ROLES] batches belong to their editor', () => {
  test('[AUTH][OTHER-EDITOR] an editor cannot open another editor’s batch; an admin can', async ({
    app,
    pageAs,
  }) => {
    const { videoIds } = await app.control.listVideoIds(40, 1);
    const [videoId] = videoIds as [string];
    const admin = await pageAs('admin');
    const setViewerRole = async (role: 'Editor' | 'Viewer') => {
      await admin.goto('/users');
      await admin.getByLabel(`Role of ${DEMO_USERS.viewer}`).selectOption({ label: role });
      await admin.getByRole('dialog').getByRole('button', { name: 'Change role' }).click();
      await expect(admin.getByText(`${DEMO_USERS.viewer} is now ${role}.`)).toBeVisible();
    };

    // A second editor: the demo viewer, promoted for this test by the admin.
    await setViewerRole('Editor');
    try {
      const secondEditor = await pageAs('viewer');
      const videos = new VideosPage(secondEditor);
      await videos.open([videoId]);
      await videos.typeInto(0, 'Title', 'Saved by the second editor');
      await videos.reviewAndSave();
      await videos.waitForSaveFinished();
      const batches = new BatchesPage(secondEditor);
      await batches.gotoList();
      const batchId = await batches.openNewestBatchBy(DEMO_USERS.viewer);

      const editor = new BatchesPage(await pageAs('editor'));
      expect(await editor.gotoBatch(batchId)).toBe(403);
      await expect(editor.forbiddenHeading()).toBeVisible();
      expect(await new BatchesPage(admin).gotoBatch(batchId)).toBe(200);
      await expect(admin.getByText(videoId)).toBeVisible();
    } finally {
      await setViewerRole('Viewer');
    }
  });
});
