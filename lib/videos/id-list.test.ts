import { describe, expect, it } from 'vitest';
import { MAX_ID_LIST, parseIdList } from './id-list';

describe('[videos][id-list] pasted video ID lists', () => {
  it('splits on any separator and reports malformed and duplicate pieces', () => {
    expect(parseIdList("a1\nb2, c3;a1\t d4 x' or '1 b2 ä")).toEqual({
      ids: ['a1', 'b2', 'c3', 'd4', 'or'],
      malformed: ["x'", "'1", 'ä'],
      duplicates: ['a1', 'b2'],
      overLimit: 0,
    });
  });

  it('takes 10,000 IDs and more, counting what goes past the limit', () => {
    const ids = Array.from({ length: MAX_ID_LIST + 3 }, (_, i) => `v${i.toString(16).padStart(31, '0')}`);
    const parsed = parseIdList(ids.join('\n'));
    expect(parsed.ids).toHaveLength(MAX_ID_LIST);
    expect(parsed.ids[9_999]).toBe(ids[9_999]);
    expect(parsed.overLimit).toBe(3);
  });

  it('reports nothing for empty text', () => {
    expect(parseIdList(' \n,, ')).toEqual({ ids: [], malformed: [], duplicates: [], overLimit: 0 });
  });
});
