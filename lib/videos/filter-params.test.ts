import { describe, expect, it } from 'vitest';
import { filterFromSearchParams, parseVideoIdList, searchParamsFromFilter } from './filter-params';

describe('[videos][filter] URL params', () => {
  it('round-trips every filter field', () => {
    const filter = filterFromSearchParams(
      new URLSearchParams(
        'q=猫 cat&category=1000012&status=Normal,Blocked&from=2024-01-02&to=2024-03-04&ids=a1,b2&sort=asc',
      ),
    );
    expect(filter).toEqual({
      text: '猫 cat',
      cateId: 1000012,
      statuses: ['Normal', 'Blocked'],
      createdFrom: '2024-01-02T00:00:00Z',
      createdTo: '2024-03-04T23:59:59Z',
      videoIds: ['a1', 'b2'],
      sort: 'CreationTime:Asc',
    });
    expect(filterFromSearchParams(searchParamsFromFilter(filter))).toEqual(filter);
  });

  it('drops malformed values instead of passing them on', () => {
    const filter = filterFromSearchParams({
      category: '12; drop',
      status: 'Nope,Normal',
      from: '2024-13-45',
      ids: "x' or '1",
    });
    expect(filter).toEqual({ statuses: ['Normal'], videoIds: ['or'] });
  });

  it('splits pasted id lists on any separator and dedupes', () => {
    expect(parseVideoIdList('a1\nb2, c3;a1\t d4')).toEqual(['a1', 'b2', 'c3', 'd4']);
  });
});
