import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '@/test/support/spreadsheet';
import { readSheetFile } from './read-file';
import { readXlsx } from './read-xlsx';
import { createSheetWriter } from './sheet-writer';

const columns = [
  { header: 'VideoId', width: 24 },
  { header: 'Title', width: 30 },
  { header: 'CateId', width: 10 },
];
const rows = [
  ['v1', '=HYPERLINK("http://evil")', 1001],
  ['v2', '春节, "quoted"\nline', ''],
];

const named = (blob: Blob, name: string) => Object.assign(blob, { name });

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('sheet writer and reader', () => {
  it('round-trips a CSV: BOM, defused formulas, quoting', async () => {
    const writer = await createSheetWriter('csv', 'Videos', columns);
    writer.add(rows);
    const blob = await writer.finish();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`'=HYPERLINK`);
    const result = await readSheetFile(named(blob, 'videos.csv'));
    expect(result).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      table: {
        headers: ['VideoId', 'Title', 'CateId'],
        rows: [
          ['v1', `'=HYPERLINK("http://evil")`, '1001'],
          ['v2', '春节, "quoted"\nline', ''],
        ],
      },
    });
  });

  it('round-trips an XLSX with a frozen header row, values never formulas', async () => {
    const writer = await createSheetWriter('xlsx', 'Videos', columns);
    writer.add(rows);
    const blob = await writer.finish();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(30);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('C2').value).toBe(1001);
    const result = await readSheetFile(named(blob, 'videos.xlsx'));
    expect(result).toMatchObject({
      ok: true,
      encoding: null,
      table: {
        rows: [
          ['v1', '=HYPERLINK("http://evil")', '1001'],
          ['v2', '春节, "quoted"\nline', ''],
        ],
      },
    });
  });

  it('asks which sheet of a workbook with several, then reads the chosen one', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Notes').addRow(['Hello']);
      const videos = workbook.addWorksheet('Videos');
      videos.addRow(['VideoId', 'Title']);
      videos.addRow(['v1', 'One']);
    });
    expect(await readXlsx(bytes)).toEqual({ ok: 'chooseSheet', sheetNames: ['Notes', 'Videos'] });
    expect(await readXlsx(bytes, 'Videos')).toMatchObject({
      ok: true,
      sheetName: 'Videos',
      table: { headers: ['VideoId', 'Title'], rows: [['v1', 'One']] },
    });
  });

  it('reads a GB18030 CSV, saying it converted it', async () => {
    const blob = new Blob([encodeLegacy('视频ID,标题\r\nv1,春节联欢晚会\r\n', 'gb18030') as BlobPart]);
    expect(await readSheetFile(named(blob, 'videos.csv'))).toMatchObject({
      ok: true,
      encoding: 'gb18030',
      table: { headers: ['视频ID', '标题'], rows: [['v1', '春节联欢晚会']] },
    });
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const blob = new Blob([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])]);
    expect(await readSheetFile(named(blob, 'cat.png'))).toEqual({
      ok: false,
      error: { code: 'notSpreadsheet' },
    });
  });
});
