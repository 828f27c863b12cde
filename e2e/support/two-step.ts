import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { DEMO_PASSWORD, DEMO_USERS, expect, type Role } from '../fixtures';

/** Two-step sign-in as a person does it, for the e2e specs. */

/** The code an authenticator app shows for this key, `steps` periods of 30 s from now. */
export function codeFor(secret: string, steps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

export async function enrol(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.goto('/account');
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  const secret = ((await page.getByTestId('two-step-secret').textContent()) ?? '').trim();
  await page.getByLabel('Code from your app').fill(codeFor(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recoveryCodes = await codes.allTextContents();
  await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
  await expect(page.getByText('Two-step sign-in is on.')).toBeVisible();
  return { secret, recoveryCodes };
}

export async function submitPassword(page: Page, role: Role): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO_USERS[role]);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

export const codeField = (page: Page) =>
  page.getByLabel('Code from your authenticator app, or a recovery code');
