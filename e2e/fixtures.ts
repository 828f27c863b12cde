import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/auth/demo-credentials';
import type { Role } from '@/lib/auth/roles';
import { type AppServer, startAppServer } from './support/app-server';
import { signInOverHttp } from './support/http-sign-in';

export type { Role };

/** The demo account's email for each role. */
export const DEMO_USERS = Object.fromEntries(
  DEMO_ACCOUNTS.map((account) => [account.role, account.email]),
) as Record<Role, string>;

export { DEMO_PASSWORD };

interface WorkerFixtures {
  /** Extra environment of the app server; a spec sets it with test.use() and gets a server of its own. */
  appEnv: Record<string, string>;
  /** Videos in the emulator's library; a spec that needs more sets it with test.use() and gets a server of its own. */
  appVideos: number;
  /** One production app server with its own emulator and data directory per worker. */
  app: AppServer;
}

interface TestFixtures {
  /**
   * Signs the page's browser context in as a demo user over HTTP, without navigating: the sign-in form
   * itself is tested once, by signInWithForm, and sparing every other test that page saves minutes.
   */
  signIn: (role: Role, page?: Page) => Promise<void>;
  /** Signs the page in as a demo user through the sign-in form, which lands on the videos. */
  signInWithForm: (role: Role, page?: Page) => Promise<void>;
  /** A page in a browser context of its own, signed in as a demo user: a second person at the same time. */
  pageAs: (role: Role) => Promise<Page>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  appEnv: [{}, { option: true, scope: 'worker' }],
  appVideos: [300, { option: true, scope: 'worker' }],
  app: [
    async ({ appEnv, appVideos }, use) => {
      const server = await startAppServer({ env: appEnv, videos: appVideos });
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  baseURL: async ({ app }, use) => {
    await use(app.url);
  },
  signIn: async ({ page, app }, use) => {
    await use(async (role, target = page) => {
      const { error, context } = await signInOverHttp(app.url, {
        email: DEMO_USERS[role],
        password: DEMO_PASSWORD,
      });
      try {
        if (error !== null) throw new Error(`Signing in as ${role} failed: ${error}`);
        await target.context().addCookies((await context.storageState()).cookies);
      } finally {
        await context.dispose();
      }
    });
  },
  signInWithForm: async ({ page, app }, use) => {
    await use(async (role, target = page) => {
      await target.goto(`${app.url}/sign-in`);
      await target.getByLabel('Email').fill(DEMO_USERS[role]);
      await target.getByLabel('Password').fill(DEMO_PASSWORD);
      await target.getByRole('button', { name: 'Sign in' }).click();
      await expect(target).not.toHaveURL(/\/sign-in/);
    });
  },
  pageAs: async ({ browser, app, signIn }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (role) => {
      const context = await browser.newContext({ baseURL: app.url, timezoneId: 'Asia/Shanghai' });
      contexts.push(context);
      const page = await context.newPage();
      await signIn(role, page);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };
