import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';

/**
 * The pinned columns while the grid scrolls both ways: the grid makes them stick only while it is scrolled
 * sideways, so rows that scroll in then must stick too, and back at the left edge every column must sit in
 * its own place again.
 */

test.describe('[GRID] pinned columns while scrolling', () => {
  test.beforeEach(async ({ signIn }) => {
    await signIn('editor');
  });

  test('[GRID][PINNED-SCROLL] rows scrolled in while the grid is scrolled sideways keep Title in view; back at the left edge each column is in its place', async ({
    page,
    app,
  }) => {
    const { videoIds } = await app.control.listVideoIds(0, 200);
    const videos = new VideosPage(page);
    await videos.open(videoIds);
    await expect(await videos.cell(0, 'Title')).toBeVisible();
    await videos.resetColumns();
    const titleCol = String(await videos.columnIndex('Title'));

    await (await videos.cell(0, 'Title')).click();
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    const [row, column] = await videos.focusedCell();
    expect(column).toBe('Modified');
    expect(row).toBeGreaterThan(30);
    await expect(await videos.cell(row, 'Modified')).toBeInViewport({ ratio: 1 });
    await expect(await videos.cell(row, 'Cover')).not.toBeInViewport();
    const title = await videos.cell(row, 'Title');
    await expect(title).toBeInViewport({ ratio: 1 });
    expect(await videos.columnDrawnAt(title)).toBe(titleCol);

    // Back to the left edge (Home goes to the pinned select cell, which moves nothing; the arrow then
    // reaches Cover): the unpinned Cover between the row headers and VideoId shows again, and VideoId and
    // Title follow it rather than overlapping it.
    await page.keyboard.press('Home');
    for (let i = 0; i < 3 && (await videos.focusedCell())[1] !== 'Cover'; i++)
      await page.keyboard.press('ArrowRight');
    expect(await videos.focusedCell()).toEqual([row, 'Cover']);
    const cover = await videos.cell(row, 'Cover');
    const videoId = await videos.cell(row, 'VideoId');
    await expect(cover).toBeInViewport({ ratio: 1 });
    const coverBox = await cover.boundingBox();
    const videoIdBox = await videoId.boundingBox();
    const titleBox = await title.boundingBox();
    if (!coverBox || !videoIdBox || !titleBox) throw new Error('the cells are not laid out');
    expect(videoIdBox.x).toBeCloseTo(coverBox.x + coverBox.width, 0);
    expect(titleBox.x).toBeCloseTo(videoIdBox.x + videoIdBox.width, 0);
    expect(await videos.columnDrawnAt(cover)).toBe(String(await videos.columnIndex('Cover')));
  });

  test('[GRID][PINNED-TINT] a selected range and a changed value are tinted in pinned columns as in the others', async ({
    page,
    app,
  }) => {
    const { videoIds } = await app.control.listVideoIds(0, 20);
    const videos = new VideosPage(page);
    await videos.open(videoIds);
    await videos.resetColumns();
    // The colours as painted: a pinned cell may lay a tint over its opaque background as an image layer.
    const paint = (cell: Locator) =>
      cell.evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.backgroundColor} ${style.backgroundImage}`;
      });

    const description = await videos.cell(1, 'Description');
    await (await videos.cell(1, 'Title')).click();
    await description.click({ modifiers: ['Shift'] });
    await expect(description).toHaveAttribute('aria-selected', 'true');
    const title = await videos.cell(1, 'Title');
    await expect(title).toHaveAttribute('aria-selected', 'true');
    const selectionTint = (await paint(description)).split(' none')[0] ?? '';
    expect(await paint(title)).toContain(selectionTint);

    await (await videos.cell(3, 'Title')).click();
    await page.keyboard.type('Tinted title');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tinted description');
    await page.keyboard.press('Enter');
    const changedDescription = await videos.cell(3, 'Description');
    await expect(changedDescription).toContainText('Tinted description');
    const changedTitle = await videos.cell(3, 'Title');
    await expect(changedTitle).toContainText('Tinted title');
    expect(await paint(changedTitle)).toBe(await paint(changedDescription));
  });
});
