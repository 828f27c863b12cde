import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { E2E_ACCESS_KEY_SECRET, E2E_AUTH_SECRET } from './support/e2e-secrets';

const SECRETS = [E2E_AUTH_SECRET, E2E_ACCESS_KEY_SECRET];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

test.describe('[SECURITY] secrets stay on the server', () => {
  test('[SECURITY][BUNDLE] no file the browser can load contains a secret', () => {
    const files = filesUnder(path.join(process.cwd(), '.next', 'static'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const content = readFileSync(file, 'latin1');
      for (const secret of SECRETS) expect(content.includes(secret), `${file} contains a secret`).toBe(false);
    }
  });

  test('[SECURITY][PAGES] pages and server-action responses carry no secret', async ({ page, signIn }) => {
    const bodies: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'image') return;
      bodies.push(await response.text().catch(() => ''));
    });
    await signIn('admin');
    await page.goto('/videos');
    await expect(page.getByRole('grid')).toBeVisible();
    await page.goto('/users');
    await page.goto('/batches');
    await page.goto('/audit');
    expect(bodies.length).toBeGreaterThan(5);
    for (const body of bodies) for (const secret of SECRETS) expect(body.includes(secret)).toBe(false);
  });
});
