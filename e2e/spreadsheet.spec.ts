import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { encodeLegacy } from '@/test/support/spreadsheet';
import { expect, test } from './fixtures';
import { type SheetFile, SpreadsheetDialogs } from './pages/spreadsheet-dialogs';
import { VideosPage } from './pages/videos-page';
import type { AppServer } from './support/app-server';

type Control = AppServer['control'];

const CSV_TYPE = 'text/csv';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Videos none of the other specs lock or delete, from `offset` on. */
async function editableIds(control: Control, count: number, offset: number): Promise<string[]> {
  const locked = new Set((await control.forbidden()).resourceGroupVideoIds);
  const { videoIds } = await control.listVideoIds(offset, count + locked.size);
  return videoIds.filter((id) => !locked.has(id)).slice(0, count);
}

const csvFile = (name: string, text: string): SheetFile => ({
  name,
  mimeType: CSV_TYPE,
  buffer: Buffer.from(`\uFEFF${text}`, 'utf8'),
});

/** The grid cell of one video's row, by column header. */
async function cellOf(videos: VideosPage, videoId: string, column: string) {
  const col = await videos.columnIndex(column);
  return videos.row(videoId).locator(`[role="gridcell"][aria-colindex="${col}"]`);
}

/** Checks the grid shows exactly the round trip's edits, marked, and undoes and redoes them as one step. */
async function expectRoundTripEdits(videos: VideosPage, ids: string[]) {
  await expect(videos.changeSummary()).toHaveText('5 changes in 4 videos');
  for (const i of [0, 1]) {
    const title = await cellOf(videos, ids[i]!, 'Title');
    await expect(title).toContainText(`Round trip ${i}`);
    await expect(title).toContainText('changed');
  }
  for (const i of [0, 2]) {
    const tags = await cellOf(videos, ids[i]!, 'Tags');
    await expect(tags).toContainText('sheet-added');
    await expect(tags).toContainText('changed');
  }
  const description = await cellOf(videos, ids[3]!, 'Description');
  await expect(description).toContainText('changed');
  await expect(description).not.toContainText('To be cleared');
  for (const id of ids.slice(4)) await expect(videos.row(id)).not.toContainText('changed');

  await videos.undo();
  await expect(videos.changeSummary()).toHaveText('No unsaved changes');
  await videos.redo();
  await expect(videos.changeSummary()).toHaveText('5 changes in 4 videos');
}

/** Saves and checks the emulator holds the edits. */
async function expectSaved(
  videos: VideosPage,
  control: Control,
  ids: string[],
  originalTags: Map<string, string>,
) {
  await videos.reviewAndSave();
  expect(await videos.waitForSaveFinished()).toBe('Save finished: 4 of 4 updated.');
  expect((await control.getVideo(ids[0]!))?.Title).toBe('Round trip 0');
  expect((await control.getVideo(ids[1]!))?.Title).toBe('Round trip 1');
  for (const i of [0, 2]) {
    const tags = (await control.getVideo(ids[i]!))?.Tags ?? '';
    const before = originalTags.get(ids[i]!) ?? '';
    expect(tags).toBe(before === '' ? 'sheet-added' : `${before},sheet-added`);
  }
  expect((await control.getVideo(ids[3]!))?.Description ?? '').toBe('');
}

async function prepare(control: Control, offset: number) {
  const ids = await editableIds(control, 6, offset);
  await control.putVideo(ids[3]!, { Description: 'To be cleared' });
  const originalTags = new Map<string, string>();
  for (const id of ids) originalTags.set(id, (await control.getVideo(id))?.Tags ?? '');
  return { ids, originalTags };
}

test.describe('[SHEET] spreadsheet round trip', () => {
  test('[SHEET][CSV] export a filtered view as CSV, edit it by script, import it, save', async ({
    page,
    app,
    signIn,
  }) => {
    const { ids, originalTags } = await prepare(app.control, 120);
    const videos = new VideosPage(page);
    const sheets = new SpreadsheetDialogs(page);
    await signIn('editor');
    await videos.open(ids);

    const exported = await sheets.export('CSV (UTF-8)');
    expect(exported.name).toMatch(/^videos-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    expect([...exported.buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(exported.buffer.toString('utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields?.slice(0, 7)).toEqual([
      'VideoId',
      'Title',
      'Description',
      'Tags',
      'Category',
      'CateId',
      'CoverURL',
    ]);
    expect(new Set(parsed.data.map((row) => row.VideoId))).toEqual(new Set(ids));

    const edited = parsed.data.map((row) => {
      const index = ids.indexOf(row.VideoId!);
      return {
        ...row,
        Title: index <= 1 ? `Round trip ${index}` : row.Title!,
        Description: index === 3 ? '(clear)' : row.Description!,
        'Add tags': index === 0 || index === 2 ? 'sheet-added' : '',
      };
    });
    await sheets.chooseFile(csvFile('edited.csv', Papa.unparse(edited)));
    await expect(sheets.summary()).toHaveText('6 rows: 4 videos would change, 2 rows unchanged.');
    await sheets.apply();

    await expectRoundTripEdits(videos, ids);
    await expectSaved(videos, app.control, ids, originalTags);
  });

  test('[SHEET][XLSX] export a filtered view as XLSX, edit it with ExcelJS, import it, save', async ({
    page,
    app,
    signIn,
  }) => {
    const { ids, originalTags } = await prepare(app.control, 140);
    const videos = new VideosPage(page);
    const sheets = new SpreadsheetDialogs(page);
    await signIn('editor');
    await videos.open(ids);

    const exported = await sheets.export('Excel workbook (XLSX)');
    expect(exported.name).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (header: string) => headers.indexOf(header) + 1;
    expect(column('VideoId')).toBe(1);
    expect(sheet.getColumn(column('Title')).width).toBeGreaterThan(10);
    const addTags = headers.length + 1;
    sheet.getCell(1, addTags).value = 'Add tags';
    for (let r = 2; r <= sheet.rowCount; r++) {
      const index = ids.indexOf(String(sheet.getCell(r, 1).value));
      if (index <= 1) sheet.getCell(r, column('Title')).value = `Round trip ${index}`;
      if (index === 3) sheet.getCell(r, column('Description')).value = '(clear)';
      if (index === 0 || index === 2) sheet.getCell(r, addTags).value = 'sheet-added';
    }
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await sheets.chooseFile({ name: 'edited.xlsx', mimeType: XLSX_TYPE, buffer });
    await expect(sheets.summary()).toHaveText('6 rows: 4 videos would change, 2 rows unchanged.');
    await sheets.apply();

    await expectRoundTripEdits(videos, ids);
    await expectSaved(videos, app.control, ids, originalTags);
  });

  test('[SHEET][REPORT] unknown IDs, duplicates, invalid and unchanged rows are reported, never applied; unloaded videos are looked up', async ({
    page,
    app,
    signIn,
  }) => {
    const ids = await editableIds(app.control, 4, 160);
    const [outside] = await editableIds(app.control, 1, 170);
    const videos = new VideosPage(page);
    const sheets = new SpreadsheetDialogs(page);
    await signIn('editor');
    await videos.open(ids);
    const current = await app.control.getVideo(ids[3]!);

    const since = Date.now();
    await sheets.chooseFile(
      csvFile(
        'problems.csv',
        Papa.unparse([
          ['Video ID', '标题', 'Notes'],
          [ids[0]!, 'Imported title', 'x'],
          [ids[0]!, 'Second row for the same video', ''],
          ['no-such-video-0000000000000000', 'Ghost', ''],
          [ids[1]!, 'T'.repeat(129), ''],
          [ids[2]!, '', ''],
          [ids[3]!, current?.Title ?? '', ''],
          [outside!, 'Found by lookup', ''],
        ]),
      ),
    );
    // "Notes" is not a known header: the mapping step asks, and remembers the answer.
    const dialog = sheets.importDialog();
    await expect(dialog.getByRole('heading', { name: 'Some columns were not recognised' })).toBeVisible();
    await expect(dialog.getByLabel('Column “Notes”')).toHaveValue('ignore');
    await dialog.getByRole('button', { name: 'Use these columns' }).click();

    await expect(sheets.summary()).toHaveText('7 rows: 2 videos would change, 2 rows unchanged.');
    const problems = dialog.getByRole('list', { name: 'Rows that will not be applied' });
    await expect(problems).toContainText('Unknown ID: 1 row');
    await expect(problems).toContainText('Duplicate row: 1 row');
    await expect(problems).toContainText('Invalid value: 1 row');
    const lookups = await app.control.requests({ action: 'GetVideoInfos', since });
    const looked = lookups.flatMap((request) => (request.parameters.VideoIds ?? '').split(','));
    expect(new Set(looked)).toEqual(new Set([outside, 'no-such-video-0000000000000000']));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download the import report (CSV)' }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const report = Papa.parse<string[]>(Buffer.concat(chunks).toString('utf8').slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(report[0]).toEqual(['Row', 'ID', 'Problem', 'Column', 'Detail']);
    expect(report.slice(1).map((line) => [line[0], line[2]])).toEqual([
      ['3', 'Duplicate row'],
      ['4', 'Unknown ID'],
      ['5', 'Invalid value'],
      ['6', 'Unchanged'],
      ['7', 'Unchanged'],
    ]);
    await expect(videos.changeSummary()).toHaveText('No unsaved changes');

    await sheets.apply();
    await expect(videos.changeSummary()).toHaveText('2 changes in 2 videos · 1 outside this view');
    const review = await videos.openReview();
    await expect(review).toContainText('Found by lookup');
    await expect(review).toContainText('Imported title');

    // The same headers again: the remembered mapping skips the question.
    await review.getByRole('button', { name: 'Close' }).click();
    await sheets.chooseFile(
      csvFile(
        'again.csv',
        Papa.unparse([
          ['Video ID', '标题', 'Notes'],
          [ids[2]!, 'Again', ''],
        ]),
      ),
    );
    await expect(sheets.summary()).toHaveText('1 row: 1 video would change, 0 rows unchanged.');
    await sheets.cancel();
  });

  test('[SHEET][BAD] bad files get a clear message and leave the grid unchanged', async ({
    page,
    app,
    signIn,
  }, testInfo) => {
    test.setTimeout(180_000);
    const ids = await editableIds(app.control, 3, 180);
    const videos = new VideosPage(page);
    const sheets = new SpreadsheetDialogs(page);
    await signIn('editor');
    await videos.open(ids);
    const dialog = sheets.importDialog();
    const refused = async (file: SheetFile | string, message: string | RegExp) => {
      await sheets.chooseFile(file);
      await expect(dialog.getByRole('alert')).toHaveText(message);
      await expect(videos.changeSummary()).toHaveText('No unsaved changes');
    };

    await refused(
      {
        name: 'cover.png',
        mimeType: 'image/png',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      },
      /^This is not a CSV or XLSX file/,
    );
    const macroBook = new ExcelJS.Workbook();
    macroBook.addWorksheet('Videos').addRow(['VideoId', 'Title']);
    await refused(
      {
        name: 'macros.xlsm',
        mimeType: 'application/vnd.ms-excel.sheet.macroEnabled.12',
        buffer: Buffer.from(await macroBook.xlsx.writeBuffer()),
      },
      /^Workbooks with macros \(\.xlsm\) are not accepted/,
    );
    await refused(
      csvFile('no-id.csv', 'Title,Description\r\nA,B\r\n'),
      /^The file has no VideoId or ReferenceId column/,
    );
    await refused(
      csvFile('quotes.csv', `VideoId,Title\r\n${ids[0]},"never closed\r\n${ids[1]},x\r\n`),
      /^The file’s quoting is broken near row/,
    );
    // Playwright hands files over 50 MB only by path.
    const huge = testInfo.outputPath('huge.csv');
    await writeFile(huge, Buffer.alloc(50 * 1024 * 1024 + 1, 0x61));
    await refused(huge, /^The file is 50\.0 MB; the largest file accepted is 50\.0 MB/);
    await refused(
      csvFile('long.csv', `VideoId,Title\r\n${'v,t\r\n'.repeat(200_001)}`),
      'The file has more than 200,000 rows. Split it into smaller files.',
    );

    // Several sheets: the import asks which one, then reads it.
    const twoSheets = new ExcelJS.Workbook();
    twoSheets.addWorksheet('Notes').addRow(['Read me']);
    const data = twoSheets.addWorksheet('Videos');
    data.addRow(['VideoId', 'Title']);
    data.addRow([ids[0]!, 'From the second sheet']);
    await sheets.chooseFile({
      name: 'two.xlsx',
      mimeType: XLSX_TYPE,
      buffer: Buffer.from(await twoSheets.xlsx.writeBuffer()),
    });
    await expect(
      dialog.getByRole('group', { name: 'This workbook has several sheets. Which one holds the videos?' }),
    ).toBeVisible();
    await expect(videos.changeSummary()).toHaveText('No unsaved changes');
    await dialog.getByRole('radio', { name: 'Videos' }).check();
    await dialog.getByRole('button', { name: 'Read this sheet' }).click();
    await expect(sheets.summary()).toHaveText('1 row: 1 video would change, 0 rows unchanged.');
    await sheets.cancel();
    await expect(videos.changeSummary()).toHaveText('No unsaved changes');

    // Legacy encodings are detected and converted, saying so.
    const legacy = async (name: string, bytes: Uint8Array, note: RegExp) => {
      await sheets.chooseFile({ name, mimeType: CSV_TYPE, buffer: Buffer.from(bytes) });
      await expect(dialog.getByRole('note')).toHaveText(note);
      await expect(sheets.summary()).toHaveText('1 row: 1 video would change, 0 rows unchanged.');
    };
    await legacy(
      'utf16.csv',
      encodeLegacy(`VideoId\tTitle\r\n${ids[1]}\tUnicode text\r\n`, 'utf-16le'),
      /was UTF-16 text/,
    );
    await sheets.cancel();
    await legacy(
      'western.csv',
      encodeLegacy(`VideoId,Title\r\n${ids[1]},Café crème\r\n`, 'windows-1252'),
      /was Windows-1252/,
    );
    await sheets.cancel();
    await expect(videos.changeSummary()).toHaveText('No unsaved changes');

    await legacy(
      'chinese.csv',
      encodeLegacy(`视频ID,标题\r\n${ids[2]},春节联欢晚会 精彩片段\r\n`, 'gb18030'),
      /was GBK\/GB18030/,
    );
    await sheets.apply();
    await expect(videos.changeSummary()).toHaveText('1 change in 1 video');
    await expect(await cellOf(videos, ids[2]!, 'Title')).toContainText('春节联欢晚会 精彩片段');
  });

  test('[SHEET][SELECTED] only the selected rows are exported; a dropped file is imported', async ({
    page,
    app,
    signIn,
  }) => {
    const ids = await editableIds(app.control, 5, 200);
    const videos = new VideosPage(page);
    const sheets = new SpreadsheetDialogs(page);
    await signIn('editor');
    await videos.open(ids);
    for (const id of [ids[1]!, ids[3]!]) {
      await videos.row(id).getByRole('checkbox').check();
    }
    const exported = await sheets.export('CSV (UTF-8)', /^Selected rows only \(2 rows\)/);
    const parsed = Papa.parse<Record<string, string>>(exported.buffer.toString('utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data.map((row) => row.VideoId).sort()).toEqual([ids[1], ids[3]].sort());

    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = sheets.importDialog();
    const text = `\uFEFFVideoId,Title\r\n${ids[1]},Dropped in\r\n`;
    await dialog.getByText('Spreadsheet file', { exact: true }).evaluate((label, csv) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
      label.parentElement!.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
    await expect(sheets.summary()).toHaveText('1 row: 1 video would change, 0 rows unchanged.');
    await sheets.apply();
    await expect(await cellOf(videos, ids[1]!, 'Title')).toContainText('Dropped in');
  });

  test('[SHEET][LOOKUP] the lookup route needs an editor and validates its input', async ({ pageAs }) => {
    const viewer = await pageAs('viewer');
    const forViewer = await viewer.request.post('/api/videos/lookup', { data: { videoIds: ['a'] } });
    expect(forViewer.status()).toBe(403);
    const editor = await pageAs('editor');
    const tooMany = await editor.request.post('/api/videos/lookup', {
      data: { videoIds: Array.from({ length: 1001 }, (_, i) => `v${i}`) },
    });
    expect(tooMany.status()).toBe(400);
    const notJson = await editor.request.post('/api/videos/lookup', { data: 'nope' });
    expect(notJson.status()).toBe(400);
    const ok = await editor.request.post('/api/videos/lookup', { data: { videoIds: ['no-such-video'] } });
    expect(await ok.json()).toEqual({
      videos: [],
      missingVideoIds: ['no-such-video'],
      missingReferenceIds: [],
    });
  });
});
