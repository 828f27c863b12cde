import type { APIResponse, Response } from '@playwright/test';
import { expect, test } from './fixtures';
import { BatchesPage } from './pages/batches-page';
import { VideosPage } from './pages/videos-page';

type HeaderSource = Response | APIResponse;

function expectSecurityHeaders(response: HeaderSource, what: string): void {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, `${what}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${what}: no inline scripts`).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  // Served over plain http here: HSTS would be wrong (it is sent when NEXTAUTH_URL is https).
  expect(headers['strict-transport-security'], what).toBeUndefined();
}

test.describe('[SECURITY][HEADERS] every response carries the security headers', () => {
  // Several sign-ins and a save each, on a shared 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('[SECURITY][CSP] a full editing journey: headers on pages, actions, API routes and the export; no CSP violation', async ({
    page,
    app,
    signIn,
  }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const seen = { page: [] as Response[], action: [] as Response[], api: [] as Response[] };
    page.on('response', (response) => {
      const request = response.request();
      if (request.resourceType() === 'document') seen.page.push(response);
      else if (request.method() === 'POST' && request.headers()['next-action']) seen.action.push(response);
      else if (new URL(response.url()).pathname.startsWith('/api/')) seen.api.push(response);
    });

    const { videoIds } = await app.control.listVideoIds(5, 1);
    await signIn('editor');
    const videos = new VideosPage(page);
    await videos.open(videoIds);
    await videos.typeInto(0, 'Title', 'Edited under a strict CSP');
    await videos.reviewAndSave();
    await videos.waitForSaveFinished();
    const batches = new BatchesPage(page);
    await batches.gotoList();
    const batchId = await batches.openNewestBatchBy('editor@demo.local');
    await batches.waitUntilFinished();
    const exported = await page.request.get(`/api/batches/${batchId}/export?format=csv`);
    expect(exported.status()).toBe(200);
    await page.goto('/account');
    await expect(page.getByRole('heading', { name: 'Account security' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    expect(violations).toEqual([]);
    expect(seen.page.length).toBeGreaterThan(3);
    expect(seen.action.length).toBeGreaterThan(0);
    expect(seen.api.length).toBeGreaterThan(0);
    for (const response of seen.page) expectSecurityHeaders(response, `page ${response.url()}`);
    for (const response of seen.action) expectSecurityHeaders(response, `action ${response.url()}`);
    for (const response of seen.api) expectSecurityHeaders(response, `API ${response.url()}`);
    expectSecurityHeaders(exported, 'export');

    // Pages get a policy with this response's nonce, and Next.js puts it on every script it renders.
    const signInPage = await page.request.get('/sign-in');
    const csp = signInPage.headers()['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    const scripts = (await signInPage.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    const again = (await page.request.get('/sign-in')).headers()['content-security-policy'];
    expect(again).not.toContain(nonce);
  });

  test('[SECURITY][HEALTH] /api/health tells anonymous callers only that the app is up', async ({ app }) => {
    const response = await fetch(`${app.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});
