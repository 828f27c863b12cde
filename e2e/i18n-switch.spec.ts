import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';
import { chinesePage, signInInChinese } from './support/zh-session';

/**
 * The language switch: on the sign-in page (a cookie for the signed-out visitor) and in the header (saved
 * in the user's profile, so it follows them to another browser and wins over Accept-Language). Switching
 * re-renders the page without reloading it.
 */

/** Marks the page's JavaScript world, so a full reload (which would lose unsaved edits) shows. */
async function markWindow(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });
}

async function windowSurvived(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere === true);
}

test('[I18N][SWITCH] the sign-in page switches for a signed-out visitor and remembers it in this browser', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  const language = page.getByRole('group', { name: 'Language' });
  await expect(language.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  await markWindow(page);
  await language.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(
    page.getByRole('group', { name: '语言' }).getByRole('button', { name: '中文' }),
  ).toHaveAttribute('aria-pressed', 'true');
  expect(await windowSurvived(page)).toBe(true);

  await page.reload();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('[I18N][SWITCH] a user’s choice in the header is saved with them and wins over the browser’s language', async ({
  page,
  browser,
  app,
  signIn,
}) => {
  await signIn('viewer');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Videos' })).toBeVisible();

  await markWindow(page);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '视频' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await windowSurvived(page)).toBe(true);

  // Signed out, this browser's sign-in page keeps the last choice.
  await page.getByRole('button', { name: '退出登录', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();

  // Another browser asking for English: its sign-in page is English, the viewer's own pages Chinese.
  const elsewhere = await browser.newContext({ baseURL: app.url, locale: 'en-US' });
  try {
    const other = await elsewhere.newPage();
    await other.goto('/sign-in');
    await other.getByLabel('Email').fill(DEMO_USERS.viewer);
    await other.getByLabel('Password').fill(DEMO_PASSWORD);
    await other.getByRole('button', { name: 'Sign in' }).click();
    await expect(other.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await expect(other.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await other.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
    await expect(other.getByRole('navigation', { name: 'Main' })).toBeVisible();
  } finally {
    await elsewhere.close();
  }

  // Someone else in a Chinese browser who never chose: Accept-Language decides.
  const chinese = await chinesePage(browser, app.url);
  try {
    await signInInChinese(chinese, DEMO_USERS.editor);
    await expect(chinese.getByRole('navigation', { name: '主导航' })).toBeVisible();
  } finally {
    await chinese.context().close();
  }

  // And the viewer, back in an English choice, reads English in the Chinese browser too.
  const back = await chinesePage(browser, app.url);
  try {
    await signInInChinese(back, DEMO_USERS.viewer);
    await expect(back.getByRole('navigation', { name: 'Main' })).toBeVisible();
  } finally {
    await back.context().close();
  }
});

// The switch saves the editor's choice in their profile; a server of its own keeps it from other files.
test.describe('[I18N][SWITCH] the grid', () => {
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
});
