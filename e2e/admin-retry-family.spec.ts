import { DEMO_USERS, expect, test } from './fixtures';
import { BatchesPage } from './pages/batches-page';
import { VideosPage } from './pages/videos-page';

/** A retry that knows its family: retrying an already-retried batch leads to the newest retry. */

// A save waits out VOD errors before failing (issue #14); here five seconds of outage end it, so each
// batch ends with retryable failures for the next retry to take.
test.use({ appEnv: { SAVE_OUTAGE_GIVE_UP_SECONDS: '5' } });

test('[ADMIN][RETRY-FAMILY] retrying an already-retried batch points to the newest retry and retries what still fails there', async ({
  page,
  app,
  signIn,
  pageAs,
}) => {
  const { videoIds } = await app.control.listVideoIds(260, 2);
  expect(videoIds).toHaveLength(2);
  await app.control.setFaults({ failNext: 1_000, actions: ['UpdateVideoInfos'] });
  try {
    await signIn('editor');
    await new VideosPage(page).saveTitles(videoIds, `Family ${Date.now().toString(36)}`);
    const admin = new BatchesPage(await pageAs('admin'));
    await admin.gotoList();
    const originalId = await admin.openNewestBatchBy(DEMO_USERS.editor);
    await expect(admin.page.getByRole('heading', { level: 1 })).toHaveText('Save: Title edited · 2 videos');

    await admin.page.getByRole('button', { name: 'Retry failed videos' }).click();
    await admin.page.getByRole('button', { name: 'Retry now' }).click();
    await expect(admin.page).not.toHaveURL(new RegExp(`/batches/${originalId}$`));
    const firstRetryId = admin.currentBatchId();
    await admin.waitUntilFinished();

    await admin.gotoBatch(originalId);
    const family = admin.page.getByRole('region', { name: 'Already retried' });
    await expect(family.getByRole('link', { name: 'The newest retry of this batch' })).toHaveAttribute(
      'href',
      `/batches/${firstRetryId}`,
    );
    await expect(family).toContainText('2 videos can still be retried there.');
    await app.control.clearFaults();
    await admin.page.getByRole('button', { name: 'Retry what still fails in the newest retry' }).click();
    await admin.page.getByRole('button', { name: 'Retry now' }).click();
    await expect(admin.page).not.toHaveURL(new RegExp(`/batches/${originalId}$`));
    const secondRetryId = admin.currentBatchId();
    await expect(admin.page.getByRole('link', { name: /batch this retry was made from/ })).toHaveAttribute(
      'href',
      `/batches/${firstRetryId}`,
    );
    await admin.waitUntilFinished();
    await expect(admin.itemRow(videoIds[0]!)).toContainText('Updated');

    await admin.gotoBatch(originalId);
    await expect(
      admin.page
        .getByRole('region', { name: 'Already retried' })
        .getByRole('link', { name: 'The newest retry of this batch' }),
    ).toHaveAttribute('href', `/batches/${secondRetryId}`);
  } finally {
    await app.control.clearFaults();
  }
});
