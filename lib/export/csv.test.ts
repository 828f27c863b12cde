import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvRow } from './csv';

/** A strict RFC 4180 reader for the test: records end in CRLF; quoted fields may hold anything. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted cell');
        cell += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          cell += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      cell = end < 0 ? text.slice(i) : text.slice(i, i + end);
      if (/["\r\n]/.test(cell))
        throw new Error(`unquoted cell holds a quote or line break: ${JSON.stringify(cell)}`);
      i += cell.length;
    }
    record.push(cell);
    if (text[i] === ',') {
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < text.length) {
      throw new Error(`unexpected character after cell at ${i}`);
    }
  }
  if (record.length > 0) throw new Error('last record not terminated by CRLF');
  return records;
}

const neutralised = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Cat video 42')).toBe('Cat video 42');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
  });

  it('defuses formulas with a leading single quote', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('a=1')).toBe('a=1');
    expect(csvCell('=Promo, "big" sale')).toBe('"\'=Promo, ""big"" sale"');
  });

  it('keeps CJK and emoji untouched', () => {
    expect(csvCell('猫の動画 🐱,中文')).toBe('"猫の動画 🐱,中文"');
    expect(csvCell('👩‍👩‍👧')).toBe('👩‍👩‍👧');
  });
});

describe('csvRow', () => {
  it('joins cells with commas and ends with CRLF', () => {
    expect(csvRow(['a', 'b,c', '=d'])).toBe('a,"b,c",\'=d\r\n');
  });

  it('round-trips any cells through an RFC 4180 reader (after neutralisation)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }), { maxLength: 5 }),
        (rows) => {
          // A record of one empty cell is an empty line, which RFC 4180 readers drop; give it a second cell.
          const records = rows.map((cells) => (cells.length === 1 && cells[0] === '' ? ['', ''] : cells));
          const text = records.map(csvRow).join('');
          expect(parseCsv(text)).toEqual(records.map((cells) => cells.map(neutralised)));
        },
      ),
    );
  });

  it('never lets a parsed cell start a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const [[cell]] = parseCsv(csvRow([value, 'x'])) as [[string]];
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
    );
  });
});

describe('CSV_BOM', () => {
  it('is the UTF-8 byte-order mark', () => {
    expect([...Buffer.from(CSV_BOM, 'utf8')]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
