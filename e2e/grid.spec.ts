import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';
import type { AppServer } from './support/app-server';

/**
 * The videos grid as a spreadsheet: typing, keyboard navigation, clipboard, fill, bulk actions,
 * find and replace, validation, undo/redo, review and drafts kept across a reload. Nothing here saves,
 * so the emulator's library stays as seeded.
 */

/** Opens the grid on the library's first `count` videos and waits for its first row. */
async function openFirst(page: Page, control: AppServer['control'], count: number) {
  const { videoIds } = await control.listVideoIds(0, count);
  const videos = new VideosPage(page);
  await videos.open(videoIds);
  await expect(await videos.cell(0, 'Title')).toBeVisible();
  return { videos, videoIds };
}

test.describe('[GRID] editing the videos grid', () => {
  test.beforeEach(async ({ signIn }) => {
    await signIn('editor');
  });

  test('[GRID][EDIT] typing replaces a cell, Enter moves down, Escape cancels, undo and redo restore', async ({
    page,
    app,
  }) => {
    const { videos } = await openFirst(page, app.control, 10);
    const original = ((await (await videos.cell(0, 'Title')).textContent()) ?? '').trim();

    await videos.typeInto(0, 'Title', 'Typed title');
    await expect(await videos.cell(0, 'Title')).toContainText('Typed title');
    await expect(await videos.cell(0, 'Title')).toContainText('changed');
    expect(await videos.focusedCell()).toEqual([1, 'Title']);
    await expect(videos.changeSummary()).toHaveText('1 change in 1 video');

    // F2 opens the editor labelled with its column; Escape throws the draft away.
    await page.keyboard.press('F2');
    const editor = page.getByRole('textbox', { name: 'Title' });
    await expect(editor).toBeFocused();
    await page.keyboard.type(' draft');
    await page.keyboard.press('Escape');
    await expect(editor).toHaveCount(0);
    await expect(videos.changeSummary()).toHaveText('1 change in 1 video');

    // Tab commits and moves right.
    await page.keyboard.press('F2');
    await page.keyboard.type('!');
    await page.keyboard.press('Tab');
    expect(await videos.focusedCell()).toEqual([1, 'Description']);
    await expect(videos.changeSummary()).toHaveText('2 changes in 2 videos');

    await page.keyboard.press('Control+z');
    await expect(videos.changeSummary()).toHaveText('1 change in 1 video');
    await videos.undo();
    await expect(videos.changeSummary()).toHaveText('No unsaved changes');
    await expect(await videos.cell(0, 'Title')).toHaveText(original);
    await videos.redo();
    await expect(videos.changeSummary()).toHaveText('1 change in 1 video');
    // The shortcut works where the grid has focus.
    await (await videos.cell(5, 'Title')).click();
    await page.keyboard.press('Control+Shift+Z');
    await expect(videos.changeSummary()).toHaveText('2 changes in 2 videos');

    // Editing a cell back to its loaded value clears its mark. The loaded title may start with a character no
    // key produces (CJK, emoji), so the editor is opened with F2 and the text inserted as an IME would.
    await (await videos.cell(0, 'Title')).click();
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(original);
    await page.keyboard.press('Enter');
    await expect(await videos.cell(0, 'Title')).not.toContainText('changed');
    await expect(videos.changeSummary()).toHaveText('1 change in 1 video');
  });

  test('[GRID][IME] composing Chinese into a cell that is not being edited keeps every character', async ({
    page,
    app,
  }) => {
    const { videos } = await openFirst(page, app.control, 5);
    await (await videos.cell(1, 'Title')).click();
    // What Chromium receives from a Pinyin input method: a keydown it reports as "Process", then the
    // composition, then the committed text. Nothing may be lost, the first character included.
    const cdp = await page.context().newCDPSession(page);
    const imeKey = { key: 'Process', code: 'KeyZ', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...imeKey });
    await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...imeKey });
    const editor = page.getByRole('textbox', { name: 'Title' });
    await expect(editor).toBeFocused();
    await expect(editor).toHaveValue('zhong');
    await cdp.send('Input.insertText', { text: '中文标题' });
    await expect(editor).toHaveValue('中文标题');
    await page.keyboard.press('Enter');
    await expect(await videos.cell(1, 'Title')).toContainText('中文标题');
    expect(await videos.focusedCell()).toEqual([2, 'Title']);
    await expect(videos.changeSummary()).toHaveText('1 change in 1 video');
  });

  test('[GRID][NAV] arrows, Home/End and Ctrl+Home/End move the one focusable cell', async ({
    page,
    app,
  }) => {
    const { videos } = await openFirst(page, app.control, 10);
    await (await videos.cell(0, 'Title')).click();
    expect(await videos.focusedCell()).toEqual([0, 'Title']);
    await expect(videos.grid().locator('[role="gridcell"][tabindex="0"]')).toHaveCount(1);

    await page.keyboard.press('ArrowRight');
    expect(await videos.focusedCell()).toEqual([0, 'Description']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await videos.focusedCell()).toEqual([2, 'Description']);
    await page.keyboard.press('ArrowLeft');
    expect(await videos.focusedCell()).toEqual([2, 'Title']);
    await page.keyboard.press('End');
    expect(await videos.focusedCell()).toEqual([2, 'Modified']);
    await page.keyboard.press('Home');
    expect(await videos.focusedCell()).toEqual([2, 'Select']);
    await page.keyboard.press('Control+End');
    expect(await videos.focusedCell()).toEqual([9, 'Modified']);
    await page.keyboard.press('Control+Home');
    expect(await videos.focusedCell()).toEqual([0, 'Select']);
    await page.keyboard.press('PageDown');
    const [row] = await videos.focusedCell();
    expect(row).toBeGreaterThan(0);

    // Shift+arrows select a rectangle.
    await (await videos.cell(0, 'Title')).click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(videos.grid().locator('[role="gridcell"][aria-selected="true"]')).toHaveCount(4);
  });

  test('[GRID][DRAG] a drag held past the edge scrolls the grid and keeps extending the range', async ({
    page,
    app,
  }) => {
    const { videos } = await openFirst(page, app.control, 80);
    await (await videos.cell(0, 'Title')).click();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    const [startRow] = await videos.focusedCell();
    expect(startRow).toBeGreaterThan(20);
    const start = await videos.cell(startRow, 'Title');
    await expect(start).toBeFocused();
    await expect(start).toBeInViewport({ ratio: 1 });
    const startBox = await start.boundingBox();
    const header = await videos
      .grid()
      .getByRole('columnheader', { name: 'Title', exact: true })
      .boundingBox();
    if (!startBox || !header) throw new Error('the grid is not laid out');

    await page.mouse.move(startBox.x + startBox.width / 2, startBox.y + startBox.height / 2);
    await page.mouse.down();
    // Held over the column headers, above the first visible row: the grid scrolls up to the top by itself.
    await page.mouse.move(header.x + header.width / 2, header.y + header.height / 2, { steps: 5 });
    await expect(await videos.cell(0, 'Title')).toHaveAttribute('aria-selected', 'true', { timeout: 15_000 });
    await page.mouse.up();

    expect(await videos.focusedCell()).toEqual([0, 'Title']);
    await expect(await videos.cell(10, 'Title')).toHaveAttribute('aria-selected', 'true');
    await expect(await videos.cell(10, 'Description')).toHaveAttribute('aria-selected', 'false');
  });

  test('[GRID][PINNED] the select column, VideoId and Title stay in view when the grid scrolls sideways', async ({
    page,
    app,
  }) => {
    const { videos } = await openFirst(page, app.control, 5);
    const title = ((await (await videos.cell(0, 'Title')).textContent()) ?? '').trim();
    await (await videos.cell(0, 'Title')).click();
    await page.keyboard.press('End');
    expect(await videos.focusedCell()).toEqual([0, 'Modified']);
    await expect(await videos.cell(0, 'Modified')).toBeInViewport({ ratio: 1 });
    await expect(await videos.cell(0, 'Cover')).not.toBeInViewport();
    await expect(await videos.cell(0, 'Title')).toBeInViewport({ ratio: 1 });

    // Still there, and clickable (nothing scrolled over it).
    const select = page.getByRole('checkbox', { name: `Select row ${title}` });
    await expect(select).toBeInViewport({ ratio: 1 });
    await select.click();
    await expect(select).toBeChecked();

    // Moving back left brings Title out from under the pinned columns, not just to the edge of the grid.
    await (await videos.cell(0, 'Modified')).click();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    expect(await videos.focusedCell()).toEqual([0, 'Title']);
    expect(await videos.columnDrawnAt(await videos.cell(0, 'Title'))).toBe(
      String(await videos.columnIndex('Title')),
    );
  });

  test('[GRID][PASTE] a 3×5 block from a spreadsheet lands as one undo step', async ({ page, app }) => {
    const { videos } = await openFirst(page, app.control, 10);
    await (await videos.cell(0, 'Title')).click();
    const block = [
      'Pasted 0\tDescription 0\tp0, shared',
      'Pasted 1\t"Two\nlines"\tp1, shared',
      'Pasted 2\tDescription 2\tp2',
      'Pasted 3\tSays ""hi""\tp3',
      'Pasted 4\tDescription 4\tp4, shared',
      '',
    ].join('\r\n');
    await videos.paste(block);

    await expect(videos.changeSummary()).toHaveText('15 changes in 5 videos');
    await expect(await videos.cell(1, 'Title')).toContainText('Pasted 1');
    await expect(await videos.cell(1, 'Description')).toContainText('Two');
    await expect(await videos.cell(4, 'Tags')).toContainText('shared');
    await expect(await videos.cell(5, 'Title')).not.toContainText('Pasted');

    await videos.undo();
    await expect(videos.changeSummary()).toHaveText('No unsaved changes');
    await videos.redo();
    await expect(videos.changeSummary()).toHaveText('15 changes in 5 videos');
  });

  test('[GRID][FILL] Ctrl+D fills the top row of the range down', async ({ page, app }) => {
    const { videos } = await openFirst(page, app.control, 10);
    await videos.typeInto(0, 'Tags', 'fill-a, fill-b');
    await expect(videos.changeSummary()).toHaveText('1 change in 1 video');

    await (await videos.cell(0, 'Tags')).click();
    await (await videos.cell(3, 'Tags')).click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+d');
    await expect(videos.changeSummary()).toHaveText('4 changes in 4 videos');
    for (const row of [1, 2, 3]) await expect(await videos.cell(row, 'Tags')).toContainText('fill-b');

    await page.keyboard.press('Control+z');
    await expect(videos.changeSummary()).toHaveText('1 change in 1 video');
    await page.keyboard.press('Control+y');
    await expect(videos.changeSummary()).toHaveText('4 changes in 4 videos');
  });

  test('[GRID][BULK] add and remove tags on 50 selected videos, each one undo step', async ({
    page,
    app,
  }) => {
    const { videos } = await openFirst(page, app.control, 50);
    await videos.selectAllLoaded();
    await expect(page.getByText('50 videos selected')).toBeVisible();

    const add = await videos.openBulk('Add tags');
    await add.getByLabel('Tags (comma-separated)').fill('e2e-bulk');
    await expect(add.getByText('50 cells will change')).toBeVisible();
    await videos.applyBulk(add);
    await expect(videos.changeSummary()).toHaveText('50 changes in 50 videos');
    await expect(await videos.cell(0, 'Tags')).toContainText('e2e-bulk');

    const remove = await videos.openBulk('Remove tags');
    await remove.getByLabel('Tags (comma-separated)').fill('e2e-bulk');
    await videos.applyBulk(remove);
    await expect(videos.changeSummary()).toHaveText('No unsaved changes');

    await videos.undo();
    await expect(videos.changeSummary()).toHaveText('50 changes in 50 videos');
    await videos.undo();
    await expect(videos.changeSummary()).toHaveText('No unsaved changes');
    await videos.redo();
    await expect(videos.changeSummary()).toHaveText('50 changes in 50 videos');
  });

  test('[GRID][FIND] find and replace with a regular expression, with a live count and a clear error', async ({
    page,
    app,
  }) => {
    const { videos } = await openFirst(page, app.control, 10);
    const before = ((await (await videos.cell(3, 'Title')).textContent()) ?? '').trim();
    await videos.selectAllLoaded();

    const dialog = await videos.openBulk('Find and replace');
    await dialog.getByRole('checkbox', { name: 'Regular expression' }).check();
    await dialog.getByRole('checkbox', { name: 'Description' }).uncheck();
    await dialog.getByLabel('Find').fill('^(.+');
    await expect(dialog.getByRole('alert')).toContainText('Invalid regular expression');
    await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();

    await dialog.getByLabel('Find').fill('^(.+)$');
    await dialog.getByLabel('Replace with').fill('[e2e] $1');
    await expect(dialog.getByText('10 cells will change')).toBeVisible();
    await videos.applyBulk(dialog);

    await expect(await videos.cell(3, 'Title')).toContainText(`[e2e] ${before}`);
    await expect(videos.changeSummary()).toHaveText('10 changes in 10 videos');
    await videos.undo();
    await expect(videos.changeSummary()).toHaveText('No unsaved changes');
    await videos.redo();
    await expect(videos.changeSummary()).toHaveText('10 changes in 10 videos');
  });

  test('[GRID][VALID] a 33-byte tag and a duplicate Reference ID block the save until fixed or unticked', async ({
    page,
    app,
  }) => {
    const { videos, videoIds: ids } = await openFirst(page, app.control, 10);
    const shown = await videos.displayedVideoIds(3);
    expect(new Set(shown).size).toBe(3);
    expect(ids).toEqual(expect.arrayContaining(shown));

    await videos.typeInto(0, 'Tags', 'x'.repeat(33));
    const tags = await videos.cell(0, 'Tags');
    await expect(tags).toHaveAttribute('aria-invalid', 'true');
    await expect(tags).toHaveAccessibleDescription(/longer than 32 bytes/);

    await videos.typeInto(1, 'Reference ID', 'e2e_dup_01');
    await videos.typeInto(2, 'Reference ID', 'e2e_dup_01');
    await expect(await videos.cell(1, 'Reference ID')).toHaveAttribute('aria-invalid', 'true');
    await expect(await videos.cell(2, 'Reference ID')).toHaveAccessibleDescription(
      /already uses this Reference ID/,
    );
    await expect(page.getByText('3 cells need fixing')).toBeVisible();

    const review = await videos.openReview();
    const save = review.getByRole('button', { name: 'Save', exact: true });
    await expect(save).toBeDisabled();
    await expect(review.getByText(/Saving is blocked: 3 invalid cells/)).toBeVisible();
    await review.getByRole('button', { name: 'Untick videos with problems' }).click();
    await expect(review.getByText('Select at least one video to save.')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(review).toHaveCount(0);

    // Fixing the duplicate clears both cells.
    await videos.typeInto(2, 'Reference ID', 'e2e_unique_02');
    await expect(await videos.cell(1, 'Reference ID')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('1 cell needs fixing')).toBeVisible();
  });

  test('[GRID][REVIEW] the review lists exactly the changes made, grouped by video', async ({
    page,
    app,
  }) => {
    const { videos } = await openFirst(page, app.control, 10);
    const [first, second] = await videos.displayedVideoIds(2);
    const oldTitle = ((await (await videos.cell(0, 'Title')).textContent()) ?? '').trim();
    await videos.typeInto(0, 'Title', 'Reviewed title');
    await videos.typeInto(1, 'Tags', 'alpha, beta');

    const review = await videos.openReview();
    await expect(review.getByText('2 changes in 2 videos; 2 selected to save')).toBeVisible();
    const firstVideo = review.getByRole('region', { name: 'Reviewed title' });
    await expect(firstVideo).toContainText(first!);
    await expect(firstVideo).toContainText(`Before: ${oldTitle}`);
    await expect(firstVideo).toContainText('After: Reviewed title');
    await expect(firstVideo.getByRole('listitem')).toHaveCount(1);
    const secondVideo = review.locator('section').filter({ hasText: second! });
    await expect(secondVideo.getByRole('listitem')).toHaveCount(1);
    await expect(secondVideo).toContainText('Added:');
    await expect(secondVideo.getByRole('insertion')).toHaveText(['+alpha', '+beta']);

    await review.getByRole('checkbox', { name: 'Include Reviewed title in the save' }).uncheck();
    await expect(review.getByText('2 changes in 2 videos; 1 selected to save')).toBeVisible();
  });

  test('[GRID][DRAFT] unsaved changes are offered back after a reload', async ({ page, app }) => {
    const { videos } = await openFirst(page, app.control, 10);
    await videos.typeInto(0, 'Title', 'Kept across reloads');
    await expect(videos.changeSummary()).toHaveText('1 change in 1 video');
    // The draft is written after a short pause in typing.
    await page.waitForTimeout(1500);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await expect(page.getByText(/^Restore 1 unsaved change from .+\?$/)).toBeVisible();
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect(videos.changeSummary()).toHaveText('1 change in 1 video');
    await expect(await videos.cell(0, 'Title')).toContainText('Kept across reloads');
  });
});

test('[GRID][VIEWER] a viewer sees a read-only grid without review or save', async ({
  page,
  app,
  signIn,
}) => {
  const { videoIds } = await app.control.listVideoIds(0, 5);
  await signIn('viewer');
  const videos = new VideosPage(page);
  await videos.open(videoIds);
  await expect(videos.grid()).toHaveAttribute('aria-readonly', 'true');
  await (await videos.cell(0, 'Title')).dblclick();
  await page.keyboard.type('x');
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Review changes' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add tags' })).toHaveCount(0);
});
