import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';

/**
 * Video ID lists of any practical size (issue #15): pasted IDs never go into the URL, every row loads, and
 * unknown, malformed and duplicate IDs are reported.
 */

test.use({ appVideos: 700 });

test.describe('[IDS] pasting video IDs into the filter', () => {
  test.beforeEach(async ({ signIn }) => {
    await signIn('editor');
  });

  test('[IDS][LARGE] 600 pasted IDs load 600 rows, and the URL holds a short token', async ({
    page,
    app,
  }) => {
    const { videoIds } = await app.control.listVideoIds(50, 600);
    expect(videoIds).toHaveLength(600);
    const videos = new VideosPage(page);
    await videos.open();
    const filters = page.getByRole('search', { name: 'Filter videos' });
    await filters.getByLabel('Video IDs').fill(videoIds.join('\n'));
    await filters.getByRole('button', { name: 'Apply filters' }).click();

    await expect(page).toHaveURL(/[?&]list=[0-9a-f-]{36}$/);
    expect(page.url().length).toBeLessThan(200);
    await expect(page.getByRole('status').filter({ hasText: /^600 videos$/ })).toBeVisible({
      timeout: 30_000,
    });
    await expect(videos.grid()).toHaveAttribute('aria-rowcount', '601');
    await expect(page.getByRole('region', { name: 'Video ID list report' })).toHaveCount(0);

    // The view reloads from its token.
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: /^600 videos$/ })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByLabel('Video IDs')).toHaveValue(videoIds.join('\n'));
  });

  test('[IDS][REPORT] unknown, malformed and duplicate IDs are reported and copyable', async ({
    page,
    app,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { videoIds } = await app.control.listVideoIds(0, 5);
    const unknown = ['0000000000000000000000000000dead', '0000000000000000000000000000beef', 'nosuchvideo'];
    const pasted = [
      ...videoIds,
      videoIds[0],
      unknown[0],
      'not/a/video',
      unknown[1],
      'bad!id',
      videoIds[1],
      unknown[2],
    ];
    const videos = new VideosPage(page);
    await videos.open();
    const filters = page.getByRole('search', { name: 'Filter videos' });
    await filters.getByLabel('Video IDs').fill(pasted.join(', '));
    await filters.getByRole('button', { name: 'Apply filters' }).click();

    await expect(page.getByRole('status').filter({ hasText: /^5 videos$/ })).toBeVisible();
    const report = page.getByRole('region', { name: 'Video ID list report' });
    await expect(report).toContainText(`3 IDs not found: ${unknown.join(', ')}`);
    await expect(report).toContainText('2 entries are not video IDs: not/a/video, bad!id');
    await expect(report).toContainText(
      `2 IDs were pasted more than once (used once): ${videoIds[0]}, ${videoIds[1]}`,
    );
    await report.getByRole('button', { name: 'Copy (3 IDs not found)' }).click();
    await expect(report.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(unknown.join('\n'));
  });
});
