import { type Browser, expect } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS } from '../fixtures';
import { VideosPage } from '../pages/videos-page';
import type { AppServer } from './app-server';

/** A finished save by the demo editor with mixed outcomes: two videos updated, one forbidden. */
export interface MixedBatch {
  updated: string[];
  forbidden: string;
  /** The titles before and after the save (user data on every page that shows them). */
  titles: string[];
}

/**
 * Makes the editor save new titles for three videos through the grid, in an English browser (the grid's
 * English labels drive it), VOD refusing the third while the save runs.
 */
export async function saveMixedBatch(browser: Browser, app: AppServer, offset: number): Promise<MixedBatch> {
  const { videoIds } = await app.control.listVideoIds(offset, 3);
  const before = await Promise.all(videoIds.map(async (id) => (await app.control.getVideo(id))?.Title ?? ''));
  const context = await browser.newContext({ baseURL: app.url, timezoneId: 'Asia/Shanghai' });
  try {
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(DEMO_USERS.editor);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);
    const videos = new VideosPage(page);
    await videos.open(videoIds);
    const titles = ['Spring launch', 'Autumn recap', 'Refused title'];
    for (const [row, title] of titles.entries()) await videos.typeInto(row, 'Title', title);
    const [a, b, forbidden] = (await videos.displayedVideoIds(3)) as [string, string, string];
    await app.control.setForbidden([forbidden]);
    await videos.reviewAndSave();
    await videos.waitForSaveFinished();
    // VOD lets the video be changed again, so a retry of the batch can succeed.
    await app.control.setForbidden([]);
    return { updated: [a, b], forbidden, titles: [...titles, ...before] };
  } finally {
    await context.close();
  }
}
