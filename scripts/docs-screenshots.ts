import path from 'node:path';
import { type Browser, chromium, expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/auth/demo-credentials';
import { VideosPage } from '../e2e/pages/videos-page';
import { startAppServer } from '../e2e/support/app-server';
import { signInInChinese } from '../e2e/support/zh-session';

/**
 * Takes the README's screenshots of the overview and a batch's call timeline, of the grid and a batch page
 * in Chinese, and of the grid, a bulk preview and the review of 2,000 grouped changes in the light and the
 * dark scheme: starts the production build
 * (`npm run build` first) against the emulator, makes a few saves as the demo editor (one throttled by the
 * emulator, one with forbidden videos), then photographs the pages as the demo admin.
 *
 *   npx tsx --conditions=react-server scripts/docs-screenshots.ts
 */

const DOCS = path.resolve(__dirname, '..', 'docs');
const emailOf = (role: string) => DEMO_ACCOUNTS.find((account) => account.role === role)!.email;

async function signIn(page: Page, role: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(emailOf(role));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

async function bulkSave(
  page: Page,
  videoIds: string[],
  action: string,
  fill: [string, string],
  note: string,
) {
  const videos = new VideosPage(page);
  await videos.open(videoIds);
  await expect(videos.dataRows().first()).toBeVisible();
  await videos.selectAllLoaded();
  const dialog = await videos.openBulk(action);
  await dialog.getByLabel(fill[0]).fill(fill[1]);
  await videos.applyBulk(dialog);
  await page.getByRole('button', { name: /Review changes/ }).click();
  const review = page.getByRole('dialog', { name: 'Review changes' });
  await review.getByLabel('Note (optional)').fill(note);
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  await videos.waitForSaveFinished(120_000);
}

const LIBRARY_SIZE = 2000;

/**
 * The grid, the "Add tags" preview for every matching video and the review of the 2,000 grouped changes it
 * makes, in one colour scheme (the system's, which the app follows), as an editor on a fresh browser.
 */
async function photographGrid(browser: Browser, url: string, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 1440, height: 900 },
    colorScheme,
  });
  try {
    const page = await context.newPage();
    await signIn(page, 'editor');
    const videos = new VideosPage(page);
    await videos.open();
    await page.getByRole('button', { name: 'Got it' }).click();
    await expect(page.getByText(`${LIBRARY_SIZE.toLocaleString('en')} videos`, { exact: true })).toBeVisible({
      timeout: 60_000,
    });
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await videos.typeInto(1, 'Title', 'Autumn campaign — teaser');
    await page.screenshot({ path: path.join(DOCS, `grid-${colorScheme}.png`) });

    await videos.selectAllMatching(LIBRARY_SIZE);
    const dialog = await videos.openBulk('Add tags');
    // A tag the saves above did not add, so every one of the 2,000 videos changes.
    await dialog.getByLabel('Tags (comma-separated)').fill('autumn-2026');
    await expect(dialog.getByRole('table')).toBeVisible();
    await page.screenshot({ path: path.join(DOCS, `bulk-preview-${colorScheme}.png`) });
    await videos.applyBulk(dialog);

    await videos.openReview();
    await expect(page.getByText(/autumn-2026 · 2,000 videos/).first()).toBeVisible();
    await page.screenshot({ path: path.join(DOCS, `review-${colorScheme}.png`) });
  } finally {
    await context.close();
  }
}

async function main() {
  const app = await startAppServer({ videos: LIBRARY_SIZE });
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  });
  try {
    const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const { videoIds } = await app.control.listVideoIds(0, 300);
    await signIn(page, 'editor');
    // The emulator throttles at 12 calls/s here, so the timeline shows throttled calls, retries and waits.
    await app.control.setFaults({ throttleQps: 12 });
    await bulkSave(
      page,
      videoIds.slice(0, 300),
      'Add tags',
      ['Tags (comma-separated)', 'bulk-2025'],
      'Autumn campaign',
    );
    await app.control.clearFaults();
    await app.control.setForbidden(videoIds.slice(0, 3));
    await bulkSave(page, videoIds.slice(0, 40), 'Add prefix or suffix', ['Prefix', 'New: '], '');
    await app.control.setForbidden([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, 'admin');
    await page.goto('/overview');
    await page.getByLabel('7 days').check();
    await expect(page.locator('.recharts-label-list').first()).toBeVisible();
    await page.screenshot({ path: path.join(DOCS, 'overview.png'), fullPage: true });

    await page.goto('/batches');
    await page.getByRole('row').filter({ hasText: 'bulk-2025' }).getByRole('link').first().click();
    const timeline = page.getByRole('figure', { name: 'Calls over time' });
    await expect(timeline.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.screenshot({ path: path.join(DOCS, 'batch-timeline.png') });

    // The same batch and the grid as a Chinese browser shows them to an admin who never chose a language.
    const chinese = await browser.newContext({
      baseURL: app.url,
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const zh = await chinese.newPage();
    await signInInChinese(zh, emailOf('admin'));
    await zh.goto('/batches');
    await zh.getByRole('row').filter({ hasText: 'bulk-2025' }).getByRole('link').first().click();
    await expect(zh.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await zh.screenshot({ path: path.join(DOCS, 'batch-zh-CN.png') });
    await zh.goto(`/videos?ids=${videoIds.slice(0, 40).join(',')}`);
    await expect(zh.getByRole('grid', { name: '视频' }).getByRole('row').nth(12)).toBeVisible();
    await zh.screenshot({ path: path.join(DOCS, 'grid-zh-CN.png') });

    for (const colorScheme of ['light', 'dark'] as const) await photographGrid(browser, app.url, colorScheme);
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
