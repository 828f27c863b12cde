import type { Page } from '@playwright/test';

/** Marks the page's JavaScript world, so a full reload (which would lose unsaved edits) shows. */
export async function markWindow(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });
}

export async function windowSurvived(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere === true);
}
