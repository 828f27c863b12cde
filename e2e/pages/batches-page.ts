import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** The batch history pages (/batches and /batches/[id]) as a user sees them. */
export class BatchesPage {
  constructor(readonly page: Page) {}

  /** Opens the list; returns the HTTP status of the page (403 for a viewer). */
  async gotoList(): Promise<number | undefined> {
    const response = await this.page.goto('/batches');
    return response?.status();
  }

  /** Opens one batch by id; returns the HTTP status (403 when it is not the user's). */
  async gotoBatch(batchId: string): Promise<number | undefined> {
    const response = await this.page.goto(`/batches/${batchId}`);
    return response?.status();
  }

  /** The list rows (batches) made by a user, newest first. */
  batchRowsBy(email: string): Locator {
    return this.page.getByRole('row').filter({ hasText: email });
  }

  /** Opens the newest batch in the list made by `email`; returns its id. */
  async openNewestBatchBy(email: string): Promise<string> {
    await this.batchRowsBy(email).first().getByRole('link').first().click();
    await expect(this.page).toHaveURL(/\/batches\/[0-9a-f-]{36}$/);
    return this.currentBatchId();
  }

  currentBatchId(): string {
    const match = /\/batches\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`Not on a batch page: ${this.page.url()}`);
    return match[1];
  }

  /** The row of one video on a batch page. */
  itemRow(videoId: string): Locator {
    return this.page
      .getByRole('table', { name: 'Videos of this batch' })
      .getByRole('row')
      .filter({ hasText: videoId });
  }

  /** The batch's status as the header shows it. */
  status(): Locator {
    return this.page.locator('dt', { hasText: /^Status$/ }).locator('xpath=following-sibling::dd[1]');
  }

  /** Waits until the (live-refreshing) batch page shows a finished status. */
  async waitUntilFinished(): Promise<void> {
    await expect(this.status()).toHaveText(/^(Done|Done with problems)$/, { timeout: 60_000 });
  }

  /** Downloads the batch as CSV and returns the file's text (BOM included). */
  async exportCsv(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Reverts the open batch and waits for the new revert batch's page; returns its id. */
  async revert(): Promise<string> {
    const before = this.currentBatchId();
    await this.page.getByRole('button', { name: 'Revert this batch' }).click();
    await this.page.getByRole('button', { name: 'Revert now' }).click();
    await expect(this.page).not.toHaveURL(new RegExp(`/batches/${before}$`));
    await expect(this.page).toHaveURL(/\/batches\/[0-9a-f-]{36}$/);
    return this.currentBatchId();
  }

  /** The 403 page's heading. */
  forbiddenHeading(): Locator {
    return this.page.getByRole('heading', { name: 'You do not have access to this page' });
  }
}
