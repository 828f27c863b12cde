import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';

/**
 * A save that cannot reach VOD ends in words an editor understands, with the next step; the technical
 * detail (code, VOD's raw message) waits behind "Details". This worker's app gives up on an outage after
 * five seconds, so the save ends while the test waits.
 */
test.use({ appEnv: { SAVE_OUTAGE_GIVE_UP_SECONDS: '5', VOD_MAX_ATTEMPTS: '1' } });

test('[SAVE][ERRORS] a refused connection reads as a sentence with the next step and a Details toggle', async ({
  page,
  app,
  signIn,
}) => {
  await signIn('editor');
  const { videoIds } = await app.control.listVideoIds(0, 3);
  const videos = new VideosPage(page);
  await videos.open(videoIds);
  await videos.typeInto(0, 'Title', 'Never reaches VOD');
  await expect(videos.changeSummary()).toHaveText('1 change in 1 video');

  await app.emulator.close();
  await videos.reviewAndSave();
  expect(await videos.waitForSaveFinished()).toMatch(/0 of 1 updated/);

  await (await videos.cell(0, 'Title')).click();
  await page.keyboard.press('Escape');
  const status = page.getByRole('region', { name: 'About the focused cell' });
  await expect(status).toContainText('The app could not reach VOD.');
  await expect(status).toContainText('Check the network');
  const details = status.getByText('Details', { exact: true });
  await expect(details).toBeVisible();
  // The raw text is there for support, but only once asked for.
  await expect(status.getByText('ConnectionFailed')).toBeHidden();
  await expect(page.getByText(/ECONNREFUSED/)).toBeHidden();
  await details.click();
  await expect(status.getByText('ConnectionFailed')).toBeVisible();
  await expect(status.getByText(/ECONNREFUSED/)).toBeVisible();
});
