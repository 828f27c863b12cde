import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '@/e2e/support/browser';
import globalSetup from '@/e2e/support/global-setup';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/auth/demo-credentials';
import { en } from '@/lib/i18n/messages/en';
import { type BenchContext, BenchSkip } from './types';

/**
 * The production app for the browser benchmarks: the same build, server and Chromium the end-to-end tests
 * use (e2e/support), signed in through the real form.
 */

const SOURCE_DIRS = ['app', 'components', 'lib'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(tsx?|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

/**
 * Makes sure a production build exists: builds one in a full run, skips the group in --quick (CI builds in
 * its end-to-end step first), and warns when the sources changed after the build.
 */
export function ensureProductionBuild(context: BenchContext): void {
  const buildId = path.join(context.root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) {
    if (context.quick) {
      throw new BenchSkip('no production build in .next (run `npm run build` or the end-to-end tests first)');
    }
    context.progress('no production build in .next: running `next build` (a few minutes)');
    globalSetup();
    return;
  }
  const builtAt = statSync(buildId).mtimeMs;
  const changedAfter = SOURCE_DIRS.some((dir) => newestSource(path.join(context.root, dir)) > builtAt);
  if (changedAfter) {
    context.progress(
      'warning: sources changed after the production build in .next; run `npm run build` to measure them',
    );
  }
}

/** Headless Chromium as the end-to-end tests launch it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
}

/** Signs the page in as the demo editor through the sign-in form. */
export async function signIn(page: Page, appUrl: string): Promise<void> {
  const t = en.auth;
  const editor = DEMO_ACCOUNTS.find((account) => account.role === 'editor');
  if (!editor) throw new Error('no demo editor account');
  await page.goto(`${appUrl}/sign-in`);
  await page.getByLabel(t.emailLabel).fill(editor.email);
  await page.getByLabel(t.passwordLabel).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: t.signInButton, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
