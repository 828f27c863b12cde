import { describe, expect, it } from 'vitest';
import { classifySheetFile, hasVbaProject } from './file-kind';
import { SHEET_LIMITS } from './limits';

const text = new TextEncoder().encode('VideoId,Title');
const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);

describe('classifySheetFile', () => {
  it('accepts CSV text and XLSX zips', () => {
    expect(classifySheetFile('videos.csv', 100, text)).toEqual({ ok: true, kind: 'csv' });
    expect(classifySheetFile('videos.xlsx', 100, zip)).toEqual({ ok: true, kind: 'xlsx' });
  });

  it('refuses other files, macro workbooks, old Excel and files over 50 MB', () => {
    expect(classifySheetFile('photo.png', 100, Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).toEqual({
      ok: false,
      error: { code: 'notSpreadsheet' },
    });
    expect(classifySheetFile('report.pdf', 100, new TextEncoder().encode('%PDF-1.7'))).toMatchObject({
      ok: false,
    });
    expect(classifySheetFile('notes.docx', 100, zip)).toEqual({
      ok: false,
      error: { code: 'notSpreadsheet' },
    });
    expect(classifySheetFile('videos.xlsm', 100, zip)).toEqual({ ok: false, error: { code: 'macros' } });
    expect(classifySheetFile('videos.xls', 100, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]))).toEqual({
      ok: false,
      error: { code: 'legacyExcel' },
    });
    expect(classifySheetFile('videos.csv', SHEET_LIMITS.maxBytes + 1, text)).toEqual({
      ok: false,
      error: { code: 'tooLarge', bytes: SHEET_LIMITS.maxBytes + 1, maxBytes: SHEET_LIMITS.maxBytes },
    });
  });
});

describe('hasVbaProject', () => {
  it('finds the VBA part name anywhere in the archive', () => {
    const bytes = new TextEncoder().encode('PK\u0003\u0004....xl/vbaProject.bin....');
    expect(hasVbaProject(bytes)).toBe(true);
    expect(hasVbaProject(new TextEncoder().encode('PK\u0003\u0004....xl/workbook.xml'))).toBe(false);
  });
});
