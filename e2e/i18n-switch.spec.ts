import { DEMO_PASSWORD, DEMO_USERS, expect, test } from './fixtures';
import { markWindow, windowSurvived } from './support/window-mark';
import { chinesePage, signInInChinese } from './support/zh-session';

/**
 * The language switch: on the sign-in page (a cookie for the signed-out visitor) and in the header (saved
 * in the user's profile, so it follows them to another browser and wins over Accept-Language). Switching
 * re-renders the page without reloading it.
 */

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
  await page.goto('/videos');
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
