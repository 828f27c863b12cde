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

  it('writes XLSX text Excel can hold: escaped markup, no control characters, spaces kept, columns past Z', async () => {
    const wide = Array.from({ length: 28 }, (_, i) => ({ header: `H${i + 1}`, width: 8 + i }));
    const writer = createSheetWriter('xlsx', 'Videos & <more>', wide);
    const cells = wide.map((_, i) => `c${i + 1}`);
    cells[0] = '<b>Tom & "Jerry"</b>';
    cells[1] = 'bell\u0007 and tab\t';
    cells[2] = '  padded  ';
    writer.add([cells]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await writer.finish()).arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Videos & <more>');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('<b>Tom & "Jerry"</b>');
    expect(sheet.getCell('B2').value).toBe('bell and tab\t');
    expect(sheet.getCell('C2').value).toBe('  padded  ');
    expect(sheet.getCell('AB1').value).toBe('H28');
    expect(sheet.getCell('AB2').value).toBe('c28');
    expect(sheet.getColumn(28).width).toBe(35);
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

  it('reads each kind of XLSX cell as the text it shows', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Videos');
      sheet.addRow(['VideoId', 'Title', 'Number', 'Flag', 'Date', 'Rich', 'Formula', 'Link', 'Error']);
      sheet.addRow([
        'v1',
        '春节 & <b> "q"\nline',
        1234.5,
        true,
        new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
        { richText: [{ text: 'bold', font: { bold: true } }, { text: ' plain' }] },
        { formula: '1+1', result: 2 },
        { text: 'site', hyperlink: 'https://example.com' },
        { error: '#N/A' },
      ]);
      sheet.addRow([]);
      sheet.addRow(['v2', '', 0, false, null, '', { formula: 'A1', result: 'v1' }]);
    });
    expect(await readXlsx(bytes)).toEqual({
      ok: true,
      sheetName: 'Videos',
      table: {
        headers: ['VideoId', 'Title', 'Number', 'Flag', 'Date', 'Rich', 'Formula', 'Link', 'Error'],
        rows: [
          [
            'v1',
            '春节 & <b> "q"\nline',
            '1234.5',
            'true',
            '2025-01-02T03:04:05.000Z',
            'bold plain',
            '2',
            'site',
            '',
          ],
          ['v2', '', '0', 'false', '', '', 'v1', '', ''],
        ],
      },
    });
  });

  it('keeps a column that follows an empty one, and repeats a merged value in each of its cells', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Videos');
      sheet.addRow(['VideoId', 'Title', null, 'Category']);
      sheet.addRow(['v1', 'One', null, 'News']);
      sheet.addRow(['v2', 'Two']);
      sheet.mergeCells('D2:D3');
    });
    expect(await readXlsx(bytes)).toMatchObject({
      ok: true,
      table: {
        headers: ['VideoId', 'Title', '', 'Category'],
        rows: [
          ['v1', 'One', '', 'News'],
          ['v2', 'Two', '', 'News'],
        ],
      },
    });
  });

  it('refuses a broken workbook and one without worksheets', async () => {
    const bytes = await workbookBytes((workbook) => workbook.addWorksheet('Videos').addRow(['VideoId']));
    expect(await readXlsx(bytes.slice(0, bytes.length / 2))).toEqual({
      ok: false,
      error: { code: 'unreadable' },
    });
    expect(await readXlsx(await workbookBytes(() => {}))).toEqual({ ok: false, error: { code: 'empty' } });
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
