import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';

/**
 * The videos page's layout and polish, as one editor's first visit and return: the hint, the folded filter
 * bar, the dark scheme, the shortcut sheet, the rows a 1280×720 screen shows, the glitches, the favicon,
 * and the empty state. Nothing here saves.
 */

/** Grid rows (not the header) whose box lies wholly inside the grid's scroller and the window. */
function rowsInView(page: Page): Promise<number> {
  return page.getByRole('grid', { name: 'Videos' }).evaluate((grid) => {
    const box = grid.getBoundingClientRect();
    return [...grid.querySelectorAll('[role="row"]')].filter((row) => {
      if (!row.querySelector('[role="gridcell"]')) return false;
      const r = row.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom && r.bottom <= window.innerHeight;
    }).length;
  });
}

test.use({ viewport: { width: 1280, height: 720 } });

test('[LAYOUT] first visit and return: hint, folded filters, dark scheme, shortcuts, 15 rows, no glitches', async ({
  page,
  signIn,
}) => {
  await signIn('editor');
  const videos = new VideosPage(page);
  await videos.open();
  await expect(await videos.cell(0, 'Title')).toBeVisible();

  const hint = page.getByRole('complementary', { name: /Cells are editable/ });
  await expect(hint).toContainText('type to replace, F2 to edit, ? for shortcuts');
  await hint.getByRole('button', { name: 'Got it' }).click();
  await expect(hint).toHaveCount(0);

  const filters = page.getByRole('search', { name: 'Filter videos' });
  const toggle = filters.getByRole('button', { name: 'Filters', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(filters.getByLabel('Category', { exact: true })).toBeHidden();
  await expect(filters).toContainText('No filters: every video');

  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Dark', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // The choices survive a reload, already in the server's first answer (no flash, no jump).
  const html = await (await page.request.get('/videos')).text();
  expect(html).toMatch(/<html[^>]*data-theme="dark"/);
  await page.reload();
  await expect(await videos.cell(0, 'Title')).toBeVisible();
  await expect(hint).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(header.getByRole('button', { name: 'Dark', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('dark');

  expect(await rowsInView(page)).toBeGreaterThanOrEqual(15);
  const toolbar = page.getByRole('button', { name: 'Undo', exact: true });
  expect((await toolbar.boundingBox())?.x).toBeGreaterThanOrEqual(12);

  // ? outside the grid and the fields opens the sheet the shortcut list renders.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: /F2 Edit the cell, keeping its content/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  // In a cell ? would be typed into it; Ctrl+/ opens the sheet from there.
  await (await videos.cell(2, 'Title')).click();
  await page.keyboard.press('Control+/');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  const columns = page.getByRole('group', { name: 'Show, hide and order columns' });
  const [panelBox, legendBox] = await Promise.all([
    columns.boundingBox(),
    columns.locator('legend').boundingBox(),
  ]);
  expect(legendBox!.y).toBeGreaterThanOrEqual(panelBox!.y);
  await page.keyboard.press('Escape');

  // A title with no place to break stays inside the review's header.
  await (await videos.cell(0, 'Title')).click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('W'.repeat(120));
  await page.keyboard.press('Enter');
  const review = await videos.openReview();
  const title = review.getByRole('strong').filter({ hasText: 'W'.repeat(120) });
  await expect(title).toBeVisible();
  const [titleBox, reviewBox] = await Promise.all([title.boundingBox(), review.boundingBox()]);
  expect(titleBox!.x + titleBox!.width).toBeLessThanOrEqual(reviewBox!.x + reviewBox!.width);
  await page.keyboard.press('Escape');

  expect((await page.request.get('/favicon.ico')).status()).toBe(200);

  // No match: the page says so and offers the next step, which clears the filters.
  await page.goto('/videos?q=no-such-video-anywhere-zz');
  const empty = page.getByRole('region', { name: 'No videos match these filters' });
  await expect(empty).toBeVisible();
  await empty.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/videos$/);
  await expect(await videos.cell(0, 'Title')).toBeVisible();
  await expect(empty).toHaveCount(0);
});
