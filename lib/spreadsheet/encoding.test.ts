import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '@/test/support/spreadsheet';
import { decodeText } from './encoding';

const SHEET = 'VideoId,标题,标签\r\nv1,春节联欢晚会 精彩片段,晚会,春节\r\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark as UTF-8', () => {
    const plain = new TextEncoder().encode(SHEET);
    expect(decodeText(plain)).toEqual({ text: SHEET, encoding: 'utf-8' });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(withBom).text.replace(/^\uFEFF/, '')).toBe(SHEET);
    expect(decodeText(withBom).encoding).toBe('utf-8');
  });

  it('detects GB18030 text with Chinese titles and converts it', () => {
    const decoded = decodeText(encodeLegacy(SHEET, 'gb18030'));
    expect(decoded).toEqual({ text: SHEET, encoding: 'gb18030' });
  });

  it('detects Windows-1252 text from Western Excel and converts it', () => {
    const text = 'VideoId,Title\r\nv1,Café à la crème - déjà vu\r\n';
    expect(decodeText(encodeLegacy(text, 'windows-1252'))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('detects UTF-16 with a byte-order mark and without one', () => {
    const withBom = encodeLegacy(SHEET, 'utf-16le');
    expect(decodeText(withBom).text.replace(/^\uFEFF/, '')).toBe(SHEET);
    expect(decodeText(withBom).encoding).toBe('utf-16le');
    const noBom = withBom.slice(2);
    expect(decodeText(noBom)).toEqual({ text: SHEET, encoding: 'utf-16le' });
  });
});
