import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VodError } from './errors';
import { buildMatch, quote, toVodTime } from './match';

/** Reads one single-quoted literal the way a Match parser does; returns its value and where it ended. */
function readLiteral(source: string, start: number): { value: string; end: number } {
  if (source[start] !== "'") throw new Error(`no literal at ${start}`);
  let value = '';
  for (let i = start + 1; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      value += source[i + 1];
      i++;
    } else if (char === "'") return { value, end: i };
    else value += char;
  }
  throw new Error('unterminated literal');
}

describe('[vod][match] quote', () => {
  it('wraps plain text in single quotes', () => {
    expect(quote('cats')).toBe("'cats'");
  });

  it('escapes single quotes and backslashes', () => {
    expect(quote("it's")).toBe("'it\\'s'");
    expect(quote('a\\b')).toBe("'a\\\\b'");
    expect(quote("\\'")).toBe("'\\\\\\''");
  });

  it('leaves parentheses, operators and unicode inside the literal untouched', () => {
    expect(quote("x') or (Title = 'y")).toBe("'x\\') or (Title = \\'y'");
    expect(quote('猫 🐱 é')).toBe("'猫 🐱 é'");
  });

  it('round-trips any string as exactly one literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const literal = quote(text);
        const read = readLiteral(literal, 0);
        expect(read.value).toBe(text);
        expect(read.end).toBe(literal.length - 1);
      }),
    );
  });
});

describe('[vod][match] buildMatch', () => {
  it('matches everything for an empty filter', () => {
    expect(buildMatch({})).toBeUndefined();
    expect(buildMatch({ text: '   ', statuses: [], videoIds: [] })).toBeUndefined();
  });

  it('searches text in title, tags and description as one parenthesised or-group', () => {
    expect(buildMatch({ text: ' cat ' })).toBe("(Title = 'cat' or Tags = 'cat' or Description = 'cat')");
  });

  it('keeps an injection attempt inside its literals', () => {
    const match = buildMatch({ text: "x' or Title = 'y" })!;
    expect(match).toBe(
      "(Title = 'x\\' or Title = \\'y' or Tags = 'x\\' or Title = \\'y' or Description = 'x\\' or Title = \\'y')",
    );
    const first = readLiteral(match, match.indexOf("'"));
    expect(first.value).toBe("x' or Title = 'y");
    expect(match.slice(first.end + 1, first.end + 10)).toBe(' or Tags ');
  });

  it('joins clauses with and, in a fixed order', () => {
    expect(
      buildMatch({
        text: 'a',
        videoIds: ['v1', 'v2'],
        cateId: 7,
        statuses: ['Normal', 'Blocked'],
        createdFrom: '2024-01-01T00:00:00.000Z',
        createdTo: '2024-02-01T12:30:00Z',
      }),
    ).toBe(
      "(Title = 'a' or Tags = 'a' or Description = 'a') and VideoId in ('v1','v2') and CateId = 7 and " +
        "Status in ('Normal','Blocked') and CreationTime = ['2024-01-01T00:00:00Z','2024-02-01T12:30:00Z']",
    );
  });

  it('splits more than 100 video IDs into or-ed clauses of at most 100, without duplicates', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `v${i}`);
    const match = buildMatch({ videoIds: [...ids, 'v0'] })!;
    const groups = match.slice(1, -1).split(' or ');
    expect(groups).toHaveLength(3);
    expect(groups.map((group) => group.split(',').length)).toEqual([100, 100, 50]);
    expect(match.startsWith("(VideoId in ('v0',")).toBe(true);
  });

  it('matches a category with its sub-categories as an or-group', () => {
    expect(buildMatch({ cateId: 7, cateIds: [7, 70, 700], statuses: ['Normal'] })).toBe(
      "(CateId = 7 or CateId = 70 or CateId = 700) and Status in ('Normal')",
    );
    expect(buildMatch({ cateId: 7, cateIds: [7] })).toBe('CateId = 7');
    expect(() => buildMatch({ cateIds: [1, 1.5] })).toThrow(/category id/);
  });

  it('closes one-sided time ranges with far bounds', () => {
    expect(buildMatch({ createdFrom: '2024-05-01T00:00:00Z' })).toBe(
      "CreationTime = ['2024-05-01T00:00:00Z','9999-12-31T23:59:59Z']",
    );
    expect(buildMatch({ createdTo: '2024-05-01T00:00:00+08:00' })).toBe(
      "CreationTime = ['1970-01-01T00:00:00Z','2024-04-30T16:00:00Z']",
    );
  });

  it('rejects values that cannot be sent safely', () => {
    expect(() => buildMatch({ createdFrom: "2024' or '1" })).toThrow(VodError);
    expect(() => buildMatch({ cateId: 1.5 })).toThrow(VodError);
    expect(() => toVodTime('yesterday')).toThrow(/ISO 8601/);
  });
});
