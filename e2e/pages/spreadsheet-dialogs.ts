import { expect, type Locator, type Page } from '@playwright/test';

export interface SheetFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The grid's Export… and Import… dialogs. */
export class SpreadsheetDialogs {
  constructor(readonly page: Page) {}

  /** Exports the current view (or the selection) and returns the downloaded file's name and bytes. */
  async export(
    format: 'CSV (UTF-8)' | 'Excel workbook (XLSX)',
    scope?: RegExp,
  ): Promise<{ name: string; buffer: Buffer }> {
    await this.page.getByRole('button', { name: 'Export…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export videos' });
    if (scope) await dialog.getByRole('radio', { name: scope }).check();
    await dialog.getByRole('radio', { name: format }).check();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    await expect(dialog).toHaveCount(0);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), buffer: Buffer.concat(chunks) };
  }

  importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import changes from a spreadsheet' });
  }

  /** Opens the import dialog (if needed) and chooses a file (or a file path) in it. */
  async chooseFile(file: SheetFile | string): Promise<Locator> {
    const dialog = this.importDialog();
    if ((await dialog.count()) === 0) await this.page.getByRole('button', { name: 'Import…' }).click();
    await dialog.getByLabel('Spreadsheet file').setInputFiles(file);
    return dialog;
  }

  /** The import's summary line once the file is checked. */
  summary(): Locator {
    return this.importDialog().getByTestId('import-summary');
  }

  async apply(): Promise<void> {
    await this.importDialog()
      .getByRole('button', { name: /^Apply changes to/ })
      .click();
    await expect(this.importDialog()).toHaveCount(0);
  }

  async cancel(): Promise<void> {
    await this.importDialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(this.importDialog()).toHaveCount(0);
  }
}
