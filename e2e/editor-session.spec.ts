import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';
import type { AppServer } from './support/app-server';

/**
 * One set of edits per editor, whatever the view (issue #15, part A): filters and searches change which rows
 * are shown, never which edits exist; the draft is the editor's, written as soon as an edit shows, and never
 * offers back changes that were saved or are being saved.
 */

type Control = AppServer['control'];

/** `count` videos the demo account may edit, from `offset` in the library. */
async function editableIds(control: Control, count: number, offset = 0): Promise<string[]> {
  const locked = new Set((await control.forbidden()).resourceGroupVideoIds);
  const { videoIds } = await control.listVideoIds(offset, count + locked.size);
  return videoIds.filter((id) => !locked.has(id)).slice(0, count);
}

/** Opens five videos and types `title` into the first one's Title, one unsaved change; the view's URL. */
async function typeOneTitle(page: Page, control: Control, title: string): Promise<string> {
  const url = `/videos?ids=${(await control.listVideoIds(0, 5)).videoIds.join(',')}`;
  const videos = new VideosPage(page);
  await page.goto(url);
  await videos.typeInto(0, 'Title', title);
  await expect(videos.changeSummary()).toHaveText('1 change in 1 video');
  return url;
}

/** Opens `url` in a new tab, which must offer one unsaved change back. */
async function openOfferingOne(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByText(/^Restore 1 unsaved change from .+\?$/)).toBeVisible();
  return page;
}

test.describe('[SESSION] the editor keeps their edits across views', () => {
  test.beforeEach(async ({ signIn }) => {
    await signIn('editor');
  });

  test('[SESSION][FILTER] 30 edits, then a search: all 30 are counted, reviewed, shown and undone', async ({
    page,
    app,
  }) => {
    const ids = await editableIds(app.control, 30, 0);
    const searched = (await app.control.listVideoIds(250, 1)).videoIds[0]!;
    await app.control.putVideo(searched, { Title: 'Quokka expedition' });
    const videos = new VideosPage(page);
    await videos.open(ids);
    await videos.selectAllMatching(30);
    await videos.prefixSelectedTitles('Kept · ');
    await expect(videos.changeSummary()).toHaveText('30 changes in 30 videos');

    const filters = page.getByRole('search', { name: 'Filter videos' });
    await filters.getByLabel('Video IDs').fill('');
    await filters.getByLabel('Search title, tags, description').fill('Quokka expedition');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(videos.row(searched)).toBeVisible();

    await expect(videos.changeSummary()).toHaveText('30 changes in 30 videos · 30 outside this view');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

    await page.getByRole('button', { name: 'Review changes' }).click();
    const review = page.getByRole('dialog');
    await expect(review.getByText('30 changes in 30 videos; 30 selected to save')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(review).toHaveCount(0);

    await page.getByLabel('Changed only').check();
    await expect(videos.grid()).toHaveAttribute('aria-rowcount', '31');
    await expect(await videos.cell(0, 'Title')).toContainText('Kept · ');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(videos.changeSummary()).toHaveText('No unsaved changes');
  });

  test('[SESSION][DRAFT] an edit committed 100 ms before the tab goes away is offered back', async ({
    page,
    app,
    context,
  }) => {
    const url = await typeOneTitle(page, app.control, 'Just before leaving');
    await page.waitForTimeout(100);
    // Closing the tab ends the page at once; a reload here would keep the old page running until the
    // server answers, which hides a late write.
    await page.close();

    const again = await openOfferingOne(context, url);
    await again.getByRole('button', { name: 'Restore' }).click();
    await expect(await new VideosPage(again).cell(0, 'Title')).toContainText('Just before leaving');
  });

  test('[SESSION][DRAFT-OPEN] an edit is kept while its tab stays open: a second tab offers it back', async ({
    page,
    app,
    context,
  }) => {
    const url = await typeOneTitle(page, app.control, 'Kept without leaving');

    // The first tab neither closes nor hides: the draft was written after the edit painted, not on leaving.
    const second = await openOfferingOne(context, url);
    expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
    await second.getByRole('button', { name: 'Restore' }).click();
    await expect(await new VideosPage(second).cell(0, 'Title')).toContainText('Kept without leaving');
  });

  test('[SESSION][SAVED] leaving during a save: no restore offer, during or after it', async ({
    page,
    app,
  }) => {
    const { control } = app;
    const ids = await editableIds(control, 40, 100);
    const videos = new VideosPage(page);
    await videos.open(ids);
    await videos.selectAllMatching(40);
    await videos.prefixSelectedTitles('Saved once · ');
    await control.setFaults({ latencyMs: 1500, actions: ['UpdateVideoInfos'] });
    try {
      await videos.reviewAndSave();
      await expect(videos.saveProgressBar()).toBeVisible();
      // An editor reads the progress for a moment before leaving.
      await page.waitForTimeout(1000);
      page.once('dialog', (dialog) => void dialog.accept());
      await page.reload();
      await expect(videos.saveProgress()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Restore' })).toHaveCount(0);
      await videos.waitForSaveFinished();
    } finally {
      await control.clearFaults();
    }
    await expect(page.getByRole('button', { name: 'Restore' })).toHaveCount(0);
    await page.reload();
    await videos.waitForSaveFinished();
    await expect(page.getByRole('button', { name: 'Restore' })).toHaveCount(0);
    expect((await control.getVideo(ids[0]!))?.Title).toMatch(/^Saved once · /);
  });
});
