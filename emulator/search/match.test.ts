import { describe, expect, it } from 'vitest';
import { Library } from '../store/library';
import { compileMatch } from './match-compile';
import { MatchSyntaxError, parseMatch } from './match-parser';

const library = new Library(4, 500);

function matching(match: string): string[] {
  const compiled = compileMatch(parseMatch(match));
  const ids: string[] = [];
  for (const slot of library.orderedSlots())
    if (compiled.test(library, slot)) ids.push(library.at(slot).VideoId);
  return ids;
}

function all(predicate: (v: ReturnType<Library['at']>) => boolean): string[] {
  return Array.from(library.orderedSlots())
    .map((slot) => library.at(slot))
    .filter(predicate)
    .map((v) => v.VideoId);
}

describe('[EMULATOR][MATCH] parser', () => {
  it('parses conditions, lists, ranges and parenthesised groups', () => {
    expect(parseMatch("Title = 'a b' and (Status in ('Normal','Blocked') or CateId = 5)")).toEqual({
      kind: 'and',
      parts: [
        { kind: 'eq', field: 'Title', value: { text: 'a b', quoted: true } },
        {
          kind: 'or',
          parts: [
            {
              kind: 'in',
              field: 'Status',
              values: [
                { text: 'Normal', quoted: true },
                { text: 'Blocked', quoted: true },
              ],
            },
            { kind: 'eq', field: 'CateId', value: { text: '5', quoted: false } },
          ],
        },
      ],
    });
    expect(parseMatch("CreationTime = ('2020-01-01T00:00:00Z',]")).toMatchObject({
      kind: 'range',
      low: { text: '2020-01-01T00:00:00Z' },
      high: null,
      lowInclusive: false,
      highInclusive: true,
    });
    expect(parseMatch("Title = 'it\\'s'")).toMatchObject({ value: { text: "it's" } });
  });

  it('refuses unbalanced input and mixed and/or without parentheses', () => {
    for (const bad of [
      '',
      "Title = 'x",
      'Title =',
      'Status in (',
      'a = 1 and b = 2 or c = 3',
      '(Status = Normal',
      'Status = Normal extra',
    ]) {
      expect(() => parseMatch(bad), bad).toThrow(MatchSyntaxError);
    }
  });
});

describe('[EMULATOR][MATCH] semantics', () => {
  it('matches fuzzy text case-insensitively, in CJK too', () => {
    expect(matching("Title = 'COFFEE'")).toEqual(all((v) => v.Title.toLowerCase().includes('coffee')));
    expect(matching("Title = '教程'").length + matching("Title = '产品'").length).toBeGreaterThan(0);
    expect(matching("Title in ('coffee','ramen')")).toEqual(
      all((v) => v.Title.toLowerCase().includes('coffee') || v.Title.toLowerCase().includes('ramen')),
    );
  });

  it('matches exact fields, tags, categories and time ranges', () => {
    expect(matching("Status in ('Blocked','Checking')")).toEqual(
      all((v) => v.Status === 'Blocked' || v.Status === 'Checking'),
    );
    expect(matching('Tags = tutorial')).toEqual(all((v) => (v.Tags ?? '').split(',').includes('tutorial')));
    const cateId = library.at(0).CateId ?? 1000000001;
    expect(matching(`CateId = ${cateId}`)).toEqual(all((v) => v.CateId === cateId));
    expect(matching("CreationTime = ['2021-01-01T00:00:00Z','2021-12-31T23:59:59Z']")).toEqual(
      all((v) => v.CreationTime >= '2021-01-01T00:00:00Z' && v.CreationTime <= '2021-12-31T23:59:59Z'),
    );
    expect(matching('Duration = (60,120)')).toEqual(
      all((v) => v.Duration !== undefined && v.Duration > 60 && v.Duration < 120),
    );
    const ids = [library.at(3).VideoId, library.at(9).VideoId];
    expect(
      compileMatch(parseMatch(`VideoId in ('${ids[0]}','${ids[1]}') and Status = Normal`)).candidates,
    ).toEqual(ids);
  });

  it('refuses unknown fields, ranges on text and too many VideoIds', () => {
    expect(() => compileMatch(parseMatch('Colour = red'))).toThrow(MatchSyntaxError);
    expect(() => compileMatch(parseMatch("Title = ('a','b')"))).toThrow(MatchSyntaxError);
    const ids = Array.from({ length: 101 }, (_, i) => `'id${i}'`).join(',');
    expect(() => compileMatch(parseMatch(`VideoId in (${ids})`))).toThrow(MatchSyntaxError);
    expect(() => compileMatch(parseMatch("CreationTime = ('soon',)"))).toThrow(MatchSyntaxError);
  });
});
