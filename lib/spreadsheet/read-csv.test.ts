import { describe, expect, it } from 'vitest';
import { SHEET_LIMITS } from './limits';
import { readCsv } from './read-csv';

describe('readCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks', () => {
    const result = readCsv('\uFEFFVideoId,Title,Description\r\nv1,"A, B","He said ""hi""\r\nline 2"\r\n\r\n');
    expect(result).toEqual({
      ok: true,
      table: {
        headers: ['VideoId', 'Title', 'Description'],
        rows: [['v1', 'A, B', 'He said "hi"\r\nline 2']],
      },
    });
  });

  it('reads semicolon-separated files as some Excel locales write them', () => {
    const result = readCsv('VideoId;Title\nv1;Hello, world\n');
    expect(result.ok && result.table.rows).toEqual([['v1', 'Hello, world']]);
  });

  it('refuses a quoted cell that is never closed, naming the row', () => {
    const result = readCsv('VideoId,Title\r\nv1,ok\r\nv2,"never closed\r\nv3,x\r\n');
    expect(result).toEqual({ ok: false, error: { code: 'brokenQuoting', row: expect.any(Number) } });
  });

  it('refuses text after a closing quote', () => {
    const result = readCsv('VideoId,Title\r\nv1,"closed" then more\r\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('brokenQuoting');
  });

  it('refuses more rows than the limit, and an empty file', () => {
    const rows = 'v,t\r\n'.repeat(SHEET_LIMITS.maxRows + 1);
    expect(readCsv(`VideoId,Title\r\n${rows}`)).toEqual({
      ok: false,
      error: { code: 'tooManyRows', maxRows: SHEET_LIMITS.maxRows },
    });
    expect(readCsv('\r\n\r\n')).toEqual({ ok: false, error: { code: 'empty' } });
  });
});
