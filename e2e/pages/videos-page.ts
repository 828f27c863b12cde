import { expect, type Locator, type Page } from '@playwright/test';

/** The videos page (/videos): filter by IDs, edit in bulk, review, save, and read the outcomes. */
export class VideosPage {
  constructor(readonly page: Page) {}

  /** Opens the grid on every video, or on the given video IDs only; waits until the rows are there. */
  async open(videoIds?: readonly string[]): Promise<void> {
    await this.page.goto(videoIds ? `/videos?ids=${videoIds.join(',')}` : '/videos');
    await expect(this.grid()).toBeVisible();
  }

  /** Waits until every video of the view is loaded: a sorted view reorders while rows stream in. */
  async waitForAllLoaded(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /^[\d,]+ videos?$/ })).toBeVisible();
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Videos' });
  }

  /** The grid's video rows (not its header row); only rendered ones, the grid is virtualized. */
  dataRows(): Locator {
    return this.grid().locator('[role="row"]:has([role="gridcell"])');
  }

  /** One video's row, found by its ID. */
  row(videoId: string): Locator {
    return this.dataRows().filter({ hasText: videoId });
  }

  /** Selects every video matching the filter (`count` of them), loaded or not. */
  async selectAllMatching(count: number): Promise<void> {
    await this.page
      .getByRole('button', { name: `Select all ${count.toLocaleString('en')} matching` })
      .click();
    await expect(
      this.page.getByText(`All ${count.toLocaleString('en')} matching videos selected`),
    ).toBeVisible();
  }

  /** Puts a prefix before the title of every selected video through the bulk action. */
  async prefixSelectedTitles(prefix: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add prefix or suffix' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Prefix').fill(prefix);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toHaveCount(0, { timeout: 60_000 });
  }

  /** The toolbar's count of unsaved changes. */
  changeSummary(): Locator {
    return this.page.getByTestId('change-summary');
  }

  /** Opens the review of the unsaved changes and saves all of them. */
  async reviewAndSave(): Promise<void> {
    await this.page.getByRole('button', { name: /Review changes/ }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** The save's progress panel: bar, counts, summary, retry. */
  saveProgress(): Locator {
    return this.page.getByRole('region', { name: 'Save progress' });
  }

  /** The save's progress bar. */
  saveProgressBar(): Locator {
    return this.saveProgress().getByRole('progressbar', { name: 'Save progress' });
  }

  /** Waits for the save's end summary and returns its text. */
  async waitForSaveFinished(timeout = 60_000): Promise<string> {
    const status = this.saveProgress().getByRole('status');
    await expect(status).toHaveText(/^Save finished/, { timeout });
    return (await status.textContent()) ?? '';
  }

  /** The grid's counts of save outcomes. */
  outcomeSummary(): Locator {
    return this.page.getByRole('region', { name: 'Save results' });
  }

  async showOnlyProblems(): Promise<void> {
    await this.outcomeSummary().getByLabel('Show only problems').check();
  }

  /**
   * The column of the gridcell painted at a cell's left edge, by its aria-colindex: the cell's own unless a
   * pinned cell covers it.
   */
  async columnDrawnAt(cell: Locator): Promise<string | null | undefined> {
    const box = await cell.boundingBox();
    if (!box) throw new Error('the cell is not laid out');
    return this.page.evaluate(
      ({ x, y }) =>
        document.elementFromPoint(x, y)?.closest('[role="gridcell"]')?.getAttribute('aria-colindex'),
      { x: box.x + 2, y: box.y + box.height / 2 },
    );
  }

  /** A column's 1-based position, read from its header (columns can be hidden and reordered). */
  async columnIndex(column: string): Promise<number> {
    const header = this.grid().getByRole('columnheader', { name: column, exact: true });
    return Number(await header.getAttribute('aria-colindex'));
  }

  /** The cell of a rendered row, by its position among the displayed rows (0 = first data row). */
  async cell(rowIndex: number, column: string): Promise<Locator> {
    const col = await this.columnIndex(column);
    return this.grid().locator(
      `[role="row"][aria-rowindex="${rowIndex + 2}"] [role="gridcell"][aria-colindex="${col}"]`,
    );
  }

  /** The video IDs of the first `count` displayed rows, top to bottom. */
  displayedVideoIds(count: number): Promise<string[]> {
    return this.displayedTexts('VideoId', count);
  }

  /** A column's texts in the first `count` displayed rows, top to bottom. */
  async displayedTexts(column: string, count: number): Promise<string[]> {
    const texts: string[] = [];
    for (let row = 0; row < count; row++)
      texts.push(((await (await this.cell(row, column)).textContent()) ?? '').trim());
    return texts;
  }

  /** The cell that has keyboard focus, as [rowIndex, column name]. */
  async focusedCell(): Promise<[number, string]> {
    const focused = this.grid().locator('[role="gridcell"]:focus');
    await expect(focused).toHaveCount(1);
    const rowIndex = Number(await focused.locator('xpath=..').getAttribute('aria-rowindex')) - 2;
    const col = await focused.getAttribute('aria-colindex');
    const name = await this.grid()
      .locator(`[role="columnheader"][aria-colindex="${col}"]`)
      .getAttribute('aria-label');
    return [rowIndex, name ?? ''];
  }

  /** Puts back the default columns and pins (VideoId and Title), whatever an earlier test left saved. */
  async resetColumns(): Promise<void> {
    await this.page.getByRole('button', { name: 'Columns' }).click();
    await this.page.getByRole('button', { name: 'Reset columns' }).click();
    await expect(this.page.getByRole('button', { name: 'Pin Title' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await this.page.keyboard.press('Escape');
  }

  /** Types into a cell the way a spreadsheet user does: focus it, type (replacing the content), Enter. */
  async typeInto(rowIndex: number, column: string, text: string): Promise<void> {
    await (await this.cell(rowIndex, column)).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Pastes text at the focused cell as a spreadsheet's clipboard would deliver it. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Undo', exact: true }).click();
  }

  async redo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Redo', exact: true }).click();
  }

  /** Ticks every loaded row with the header checkbox. */
  async selectAllLoaded(): Promise<void> {
    await this.grid().getByRole('checkbox', { name: 'Select all loaded rows' }).check();
  }

  /** Opens a bulk action's dialog by its button name (e.g. "Add tags") and returns the dialog. */
  async openBulk(action: string): Promise<Locator> {
    await this.page.getByRole('button', { name: action, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: action });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Applies an open bulk dialog and waits for it to close. */
  async applyBulk(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toHaveCount(0, { timeout: 60_000 });
  }

  /** Opens the review dialog without saving. */
  async openReview(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Review changes' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Review changes' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Opens these videos, gives each a numbered title ("<title> 0", "<title> 1", …), saves and waits for the end. */
  async saveTitles(videoIds: string[], title: string): Promise<void> {
    await this.open(videoIds);
    await expect(this.dataRows()).toHaveCount(videoIds.length);
    for (let row = 0; row < videoIds.length; row++) await this.typeInto(row, 'Title', `${title} ${row}`);
    await this.reviewAndSave();
    await this.waitForSaveFinished();
  }
}
