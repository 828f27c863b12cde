import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';
import { markWindow, windowSurvived } from './support/window-mark';

/** Switching the language re-renders the page without reloading it, and the grid keeps its session. */

// The switch saves the editor's choice in their profile; a server of its own keeps it from other files.
test.use({ appEnv: { E2E_SERVER_FOR: 'i18n-switch-grid' } });

test('[I18N][SWITCH] switching the language keeps the grid’s unsaved edit and its count', async ({
  page,
  app,
  signIn,
}) => {
  const { videoIds } = await app.control.listVideoIds(290, 2);
  const videos = new VideosPage(page);
  await signIn('editor');
  await videos.open(videoIds);
  await videos.typeInto(0, 'Title', 'Kept across languages');
  await expect(videos.changeSummary()).toHaveText('1 change in 1 video');

  await markWindow(page);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
  const grid = page.getByRole('grid', { name: '视频' });
  await expect(grid.getByRole('columnheader', { name: '标题', exact: true })).toBeVisible();
  await expect(videos.changeSummary()).toHaveText('1 个视频中有 1 处修改');
  await expect(grid.getByRole('gridcell', { name: /Kept across languages/ })).toBeVisible();
  expect(await windowSurvived(page)).toBe(true);

  await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
  await expect(videos.changeSummary()).toHaveText('1 change in 1 video');
  await expect(await videos.cell(0, 'Title')).toContainText('Kept across languages');
  expect(await windowSurvived(page)).toBe(true);
});
