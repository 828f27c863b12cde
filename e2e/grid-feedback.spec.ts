import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';
import type { AppServer } from './support/app-server';

/**
 * The grid as a spreadsheet user expects it (issue #15): Tab and Enter move between cells, Delete clears
 * what may be cleared, nothing fails silently, identity columns stay pinned, and bulk dialogs show the
 * change before it is made. Nothing here saves.
 */

/** Opens the grid on `count` videos from `offset` on (other specs use the first ones) and waits for a row. */
async function openSome(page: Page, control: AppServer['control'], count: number, offset: number) {
  const { videoIds } = await control.listVideoIds(offset, count);
  const videos = new VideosPage(page);
  await videos.open(videoIds);
  await expect(await videos.cell(0, 'Title')).toBeVisible();
  return { videos, videoIds };
}

/** The notice under the grid that says what an action could not do. */
const notice = (page: Page) => page.getByTestId('grid-notice');

test.describe('[GRID] keys and feedback', () => {
  test.beforeEach(async ({ signIn }) => {
    await signIn('editor');
  });

  test('[GRID][TAB] Tab and Shift+Tab move sideways, Shift+Enter up, also from an open editor', async ({
    page,
    app,
  }) => {
    const { videos } = await openSome(page, app.control, 6, 240);
    await (await videos.cell(2, 'Title')).click();

    await page.keyboard.press('Tab');
    expect(await videos.focusedCell()).toEqual([2, 'Description']);
    await page.keyboard.press('Shift+Tab');
    expect(await videos.focusedCell()).toEqual([2, 'Title']);
    await page.keyboard.press('Shift+Enter');
    expect(await videos.focusedCell()).toEqual([1, 'Title']);

    // Past the last column, Tab goes on to the next row's first data cell.
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    expect(await videos.focusedCell()).toEqual([2, 'Cover']);
    await page.keyboard.press('Shift+Tab');
    expect(await videos.focusedCell()).toEqual([1, 'Modified']);

    // From an open editor each key commits, then moves.
    await (await videos.cell(1, 'Title')).click();
    await page.keyboard.press('F2');
    await page.keyboard.type(' tab');
    await page.keyboard.press('Tab');
    expect(await videos.focusedCell()).toEqual([1, 'Description']);
    await expect(videos.changeSummary()).toHaveText('1 change in 1 video');

    await page.keyboard.press('F2');
    await page.keyboard.type(' back');
    await page.keyboard.press('Shift+Tab');
    expect(await videos.focusedCell()).toEqual([1, 'Title']);
    await expect(videos.changeSummary()).toHaveText('2 changes in 1 video');

    await page.keyboard.press('F2');
    await page.keyboard.type(' up');
    await page.keyboard.press('Shift+Enter');
    expect(await videos.focusedCell()).toEqual([0, 'Title']);
    await expect(await videos.cell(1, 'Title')).toContainText('tab up');

    await page.keyboard.press('F2');
    await page.keyboard.type(' down');
    await page.keyboard.press('Enter');
    expect(await videos.focusedCell()).toEqual([1, 'Title']);
    await expect(videos.changeSummary()).toHaveText('3 changes in 2 videos');
  });

  test('[GRID][DELETE] Delete clears what may be empty and says on screen why the rest was kept', async ({
    page,
    app,
  }) => {
    const { videoIds } = await app.control.listVideoIds(250, 2);
    const id = videoIds[0]!;
    await app.control.putVideo(id, { Description: 'To be cleared', ReferenceId: 'keep-ref-250' });
    const videos = new VideosPage(page);
    await videos.open(videoIds);
    const cellOf = async (column: string) =>
      videos.row(id).locator(`[role="gridcell"][aria-colindex="${await videos.columnIndex(column)}"]`);

    // Title through Reference ID of one row: the description and the tags clear, the rest says why not.
    await (await cellOf('Title')).click();
    await (await cellOf('Reference ID')).click({ modifiers: ['Shift'] });
    await page.keyboard.press('Delete');
    await expect(await cellOf('Description')).not.toContainText('To be cleared');
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('Title was not cleared in 1 cell: VOD requires a title.');
    await expect(notice(page)).toContainText(
      'Reference ID was not cleared in 1 cell: VOD cannot remove a Reference ID once set.',
    );
    await expect(await cellOf('Reference ID')).toContainText('keep-ref-250');

    // A read-only cell says so too, and the notice can be dismissed.
    await notice(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice(page)).toHaveCount(0);
    await (await cellOf('Status')).click();
    await page.keyboard.press('Delete');
    await expect(notice(page)).toContainText('1 read-only cell was left as it is.');
  });

  test('[GRID][NOTICE] a paste says on screen which rows and read-only cells it left out', async ({
    page,
    app,
  }) => {
    const { videos } = await openSome(page, app.control, 10, 260);
    // 8 rows pasted with 3 rows left: 3 land, 5 are reported.
    await (await videos.cell(7, 'Description')).click();
    await videos.paste(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'].join('\n'));
    await expect(videos.changeSummary()).toHaveText('3 changes in 3 videos');
    await expect(notice(page)).toContainText('Pasted 3 cells.');
    await expect(notice(page)).toContainText('5 rows did not fit below the last row and were left out.');

    await (await videos.cell(0, 'Status')).click();
    await videos.paste('Normal\t60');
    await expect(notice(page)).toContainText('2 cells are in read-only columns and were skipped.');
    await expect(videos.changeSummary()).toHaveText('3 changes in 3 videos');
  });

  test('[GRID][PINNED] VideoId and Title stay in view; a pin chosen in the Columns menu survives a reload', async ({
    page,
    app,
  }) => {
    const { videos } = await openSome(page, app.control, 5, 270);
    await (await videos.cell(0, 'Title')).click();
    await page.keyboard.press('End');
    expect(await videos.focusedCell()).toEqual([0, 'Modified']);
    await expect(await videos.cell(0, 'Cover')).not.toBeInViewport();
    await expect(await videos.cell(0, 'VideoId')).toBeInViewport({ ratio: 1 });
    await expect(await videos.cell(0, 'Title')).toBeInViewport({ ratio: 1 });

    await page.getByRole('button', { name: 'Columns' }).click();
    const pinTitle = page.getByRole('button', { name: 'Pin Title' });
    await expect(pinTitle).toHaveAttribute('aria-pressed', 'true');
    await pinTitle.click();
    // Preferences are saved (by a server action) shortly after the last change; a reload reads them back.
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/videos',
    );
    await page.getByRole('button', { name: 'Pin Description' }).click();
    await saved;
    await expect(page.getByRole('button', { name: 'Pin Description' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await expect(async () => {
      await page.reload();
      await page.getByRole('button', { name: 'Columns' }).click();
      await expect(page.getByRole('button', { name: 'Pin Title' })).toHaveAttribute('aria-pressed', 'false');
      await expect(page.getByRole('button', { name: 'Pin Description' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    }).toPass({ timeout: 20_000 });
    await page.keyboard.press('Escape');

    await (await videos.cell(0, 'VideoId')).click();
    await page.keyboard.press('End');
    await expect(await videos.cell(0, 'Title')).not.toBeInViewport();
    await expect(await videos.cell(0, 'VideoId')).toBeInViewport({ ratio: 1 });
    await expect(await videos.cell(0, 'Description')).toBeInViewport({ ratio: 1 });

    await page.getByRole('button', { name: 'Columns' }).click();
    // The reset is saved too: the next test of this worker signs in as the same editor and reads it.
    const reset = page.waitForResponse(
      (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/videos',
    );
    await page.getByRole('button', { name: 'Reset columns' }).click();
    await expect(page.getByRole('button', { name: 'Pin Title' })).toHaveAttribute('aria-pressed', 'true');
    await reset;
  });

  test('[GRID][BULK-PREVIEW] a bulk dialog names the fields it touches and shows the first changes before → after', async ({
    page,
    app,
  }) => {
    const { videos } = await openSome(page, app.control, 8, 280);
    await videos.selectAllLoaded();
    const firstTitle = ((await (await videos.cell(0, 'Title')).textContent()) ?? '').trim();
    const dialog = await videos.openBulk('Add prefix or suffix');
    await expect(dialog.getByText('Changes Title only; every other field stays as it is.')).toBeVisible();

    await dialog.getByLabel('Prefix').fill('[HD] ');
    const preview = dialog.getByRole('table', { name: 'First 5 of 8 changes' });
    await expect(preview).toBeVisible();
    await expect(preview.getByRole('row')).toHaveCount(6);
    await expect(preview.getByRole('row').nth(1)).toContainText(firstTitle);
    await expect(preview.getByRole('row').nth(1)).toContainText(`→ [HD] ${firstTitle}`);
    await videos.applyBulk(dialog);
    await expect(videos.changeSummary()).toHaveText('8 changes in 8 videos');
  });
});
