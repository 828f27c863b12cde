import { test as base, expect, type Page } from '@playwright/test';
import { type AppServer, startAppServer } from './support/app-server';

export type Role = 'admin' | 'editor' | 'viewer';

export const DEMO_USERS: Record<Role, string> = {
  admin: 'admin@demo.local',
  editor: 'editor@demo.local',
  viewer: 'viewer@demo.local',
};

interface WorkerFixtures {
  /** One production app server with its own emulator and data directory per worker. */
  app: AppServer;
}

interface TestFixtures {
  /** Signs the page in as a demo user through the sign-in form. */
  signIn: (role: Role, page?: Page) => Promise<void>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  app: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern.
    async ({}, use) => {
      const server = await startAppServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ app }, use) => {
    await use(app.url);
  },
  signIn: async ({ page, app }, use) => {
    await use(async (role, target = page) => {
      await target.goto(`${app.url}/sign-in`);
      await target.getByLabel('Email').fill(DEMO_USERS[role]);
      await target.getByLabel('Password').fill(DEMO_PASSWORD);
      await target.getByRole('button', { name: 'Sign in' }).click();
      await expect(target).not.toHaveURL(/\/sign-in/);
    });
  },
});

export { expect };
