import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';

/**
 * How views change (issue #15, part A, item 10): a category includes its sub-categories, a save re-reads
 * the saved rows from VOD, and a column sort starts at the top and is kept in the URL.
 */

test.describe('[VIEW] changing what the grid shows', () => {
  test.beforeEach(async ({ signIn }) => {
    await signIn('editor');
  });

  test('[VIEW][CATEGORY] a category includes its sub-categories unless asked for itself only', async ({
    page,
    app,
  }) => {
    const videos = new VideosPage(page);
    await videos.open();
    const filters = page.getByRole('search', { name: 'Filter videos' });
    const categories = filters.getByLabel('Category');
    const leaf = await categories
      .locator('option', { hasText: /World \/ Asia Pacific$/ })
      .getAttribute('value');
    const videoId = (await app.control.listVideoIds(7, 1)).videoIds[0]!;
    await app.control.putVideo(videoId, { CateId: Number(leaf), Title: 'Platypus dispatch' });

    await categories.selectOption({ label: 'News 新闻 / World' });
    await filters.getByLabel('Search title, tags, description').fill('Platypus dispatch');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]category=\d+/);
    await expect(videos.row(videoId)).toBeVisible();

    await page.getByRole('search', { name: 'Filter videos' }).getByLabel('Not its sub-categories').check();
    await page
      .getByRole('search', { name: 'Filter videos' })
      .getByRole('button', { name: 'Apply filters' })
      .click();
    await expect(page).toHaveURL(/[?&]subcats=0/);
    await expect(page.getByText('No videos match these filters.')).toBeVisible();
  });

  test('[VIEW][REREAD] after a save the saved rows show what VOD holds now and the selection clears', async ({
    page,
    app,
  }) => {
    const { control } = app;
    const locked = new Set((await control.forbidden()).resourceGroupVideoIds);
    const ids = (await control.listVideoIds(150, 10)).videoIds.filter((id) => !locked.has(id)).slice(0, 3);
    const videos = new VideosPage(page);
    await videos.open(ids);
    const row = (await videos.displayedVideoIds(3)).indexOf(ids[0]!);
    await videos.typeInto(row, 'Title', 'Saved title');
    await videos.selectAllMatching(3);
    await control.putVideo(ids[0]!, { Description: 'Changed by a colleague' });
    await videos.reviewAndSave();
    await videos.waitForSaveFinished();
    await expect(await videos.cell(row, 'Description')).toContainText('Changed by a colleague');
    await expect(page.getByText('All 3 matching videos selected')).toHaveCount(0);
    await expect(await videos.cell(row, 'Title')).toContainText('Saved title');
    await expect(videos.changeSummary()).toHaveText('No unsaved changes');
  });

  test('[VIEW][SORT] sorting starts at the top and is kept in the URL', async ({ page }) => {
    const videos = new VideosPage(page);
    await videos.open();
    await (await videos.cell(0, 'Title')).click();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await videos.focusedCell())[0]).toBe(40);

    const sortByTitle = videos.grid().getByRole('button', { name: 'Title', exact: true });
    // Back to unsorted (ascending, descending, none), and the unsorted preference saved after its debounce.
    const unsort = async () => {
      const saved = page.waitForResponse(
        (response) =>
          response.request().method() === 'POST' &&
          (response.request().postData() ?? '').includes('"sort":[]'),
      );
      await sortByTitle.click();
      await sortByTitle.click();
      await expect(page).not.toHaveURL(/order=/);
      expect((await saved).ok()).toBe(true);
    };
    await sortByTitle.click();
    await expect(page).toHaveURL(/[?&]order=title\.asc/);
    // The grid's one tabbable cell (its focus) is back on the first row, and the grid is scrolled to the top.
    await expect(
      videos.grid().locator('[role="gridcell"][tabindex="0"]').locator('xpath=..'),
    ).toHaveAttribute('aria-rowindex', '2');
    expect(await videos.grid().evaluate((grid) => grid.scrollTop)).toBe(0);
    await videos.waitForAllLoaded();
    // Titles, not IDs: videos with equal titles (earlier specs saved some) may come in either order.
    const sorted = await videos.displayedTexts('Title', 5);

    await page.reload();
    await expect(videos.grid().getByRole('columnheader', { name: 'Title' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await videos.waitForAllLoaded();
    expect(await videos.displayedTexts('Title', 5)).toEqual(sorted);

    // Unsorted again, so the stored preference is unsorted for the link below.
    await unsort();

    // A link that names a sort wins over the stored preference (now unsorted), also once loaded.
    await page.goto('/videos?order=title.asc');
    await videos.waitForAllLoaded();
    expect(await videos.displayedTexts('Title', 5)).toEqual(sorted);
    // The editor's stored column preferences stay as the other specs expect them.
    await unsort();
  });
});
