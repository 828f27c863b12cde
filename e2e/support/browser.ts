import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Which Chromium the tests drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's, else Playwright's own.
 * Browsers cannot be downloaded on our machines, so a missing one is reported with the way to get it.
 */
export function chromiumExecutable(): string | undefined {
  const override = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (override) {
    if (!existsSync(override)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${override} does not exist.`);
    return override;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with `apt-get install -y chromium` (Debian) or `npx playwright install chromium`, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE.',
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
