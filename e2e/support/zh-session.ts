import { type Browser, expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@/lib/auth/demo-credentials';

/** A browser whose language is Simplified Chinese (navigator.language and Accept-Language). */
export async function chinesePage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return context.newPage();
}

/** Signs in through the Chinese sign-in form. */
export async function signInInChinese(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}
