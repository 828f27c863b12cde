import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SpreadsheetDialogs } from './pages/spreadsheet-dialogs';
import { VideosPage } from './pages/videos-page';

/**
 * Every page through axe-core, in the light and the dark scheme (the system's, which the app follows when
 * the viewer has chosen none): no serious or critical violation. One signed-in admin page walks them all,
 * and opens the grid's dialogs on the way: a bulk action with its preview, an import with its summary, the
 * review, and a save conflict.
 */

// Between the schemes only colours change, so the dark pass runs the rules about colour alone (half the time).
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Scans the page as it is now, every rule in light and the colour rules in dark; lists serious and critical violations. */
async function violations(page: Page, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = new AxeBuilder({ page });
    const { violations } = await (colorScheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze();
    for (const violation of violations) {
      if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
      const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
      found.push(`${name} (${colorScheme}): ${violation.id} at ${targets.join(', ')}`);
    }
  }
  return found;
}

test('[A11Y] every page, light and dark: no serious or critical axe violation', async ({
  page,
  app,
  signIn,
  pageAs,
}) => {
  test.setTimeout(300_000);
  const found: string[] = [];

  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  found.push(...(await violations(page, 'sign-in')));

  await signIn('admin');
  // Videos the demo key may edit: the second one is changed in VOD after loading, for a save conflict.
  const locked = new Set((await app.control.forbidden()).resourceGroupVideoIds);
  const listed = await app.control.listVideoIds(0, 3 + locked.size);
  const videoIds = listed.videoIds.filter((id) => !locked.has(id)).slice(0, 3);
  const videos = new VideosPage(page);
  await videos.open(videoIds);
  await videos.typeInto(0, 'Title', 'Accessible title');
  await app.control.putVideo(videoIds[1]!, { Title: 'Changed in the console' });
  await videos.typeInto(1, 'Title', 'Mine');
  found.push(...(await violations(page, 'videos')));

  await videos.selectAllLoaded();
  const bulk = await videos.openBulk('Add tags');
  await bulk.getByLabel('Tags (comma-separated)').fill('a11y');
  await expect(bulk.getByRole('table', { name: /^First 3 of 3 changes/ })).toBeVisible();
  found.push(...(await violations(page, 'videos: bulk preview')));
  await bulk.getByRole('button', { name: 'Close' }).click();
  await expect(bulk).toHaveCount(0);

  const sheets = new SpreadsheetDialogs(page);
  await sheets.chooseFile({
    name: 'titles.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `VideoId,Title\r\n${videoIds[2]},Imported title\r\nno-such-video-0000000000000000,Ghost\r\n`,
    ),
  });
  await expect(sheets.summary()).toBeVisible();
  found.push(...(await violations(page, 'videos: import preview')));
  await sheets.cancel();

  const review = await videos.openReview();
  found.push(...(await violations(page, 'videos: review')));
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  await videos.waitForSaveFinished();
  await videos.row(videoIds[1]!).getByRole('button', { name: 'Review conflict' }).click();
  const conflict = page.getByRole('dialog');
  await expect(conflict).toContainText('Changed in the console');
  found.push(...(await violations(page, 'videos: save conflict')));
  await conflict.getByRole('button', { name: 'Close' }).click();
  await expect(conflict).toHaveCount(0);

  await page.goto('/batches');
  const newest = page
    .getByRole('table', { name: /Batches/ })
    .getByRole('link')
    .first();
  await expect(newest).toBeVisible();
  found.push(...(await violations(page, 'batches')));
  await newest.click();
  await expect(page).toHaveURL(/\/batches\/[\w-]+/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  found.push(...(await violations(page, 'batch')));

  for (const [name, path] of [
    ['overview', '/overview'],
    ['audit', '/audit'],
    ['users', '/users'],
    ['account', '/account'],
    ['not-found', '/no-such-page'],
  ] as const) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Let streamed parts (charts, tables behind a loading skeleton) replace the skeleton first.
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
    found.push(...(await violations(page, name)));
  }

  const viewer = await pageAs('viewer');
  await viewer.goto('/users');
  await expect(viewer.getByRole('heading', { level: 1 })).toBeVisible();
  found.push(...(await violations(viewer, 'forbidden')));

  expect(found).toEqual([]);
});
