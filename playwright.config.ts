import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/support/browser';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/support/global-setup.ts',
  // Each worker runs its own app server and emulator; two fit on a 2-core machine.
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1440, height: 900 },
    timezoneId: 'Asia/Shanghai',
  },
  // The cluster spec checks the shared budget of 30 calls per second by the emulator's clock, which the
  // pacer keeps about 40 ms of room for. Beside another worker's browser and servers, on two cores, the
  // time from a call's slot to the emulator counting it outgrew that room, so `npm test` runs it alone.
  projects: [
    { name: 'app', testIgnore: '**/cluster.spec.ts' },
    { name: 'cluster', testMatch: '**/cluster.spec.ts' },
  ],
});
