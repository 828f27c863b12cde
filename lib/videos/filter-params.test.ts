import { describe, expect, it } from 'vitest';
import type { CategoryNode } from '@/lib/vod';
import {
  filterFromSearchParams,
  listTokenFromSearchParams,
  parseVideoIdList,
  searchParamsFromFilter,
  withSubcategories,
} from './filter-params';

function category(id: number, children: CategoryNode[] = []): CategoryNode {
  return { id, name: `C${id}`, level: 0, parentId: -1, path: [`C${id}`], children };
}

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

  it('keeps "this category only" and a saved ID list token in the URL, never the listed IDs', () => {
    const token = '0b7c3a52-5a0e-4d55-9d1b-1e0f6a4c2b11';
    const filter = { cateId: 5, isCategoryOnly: true, videoIds: ['a1'] };
    const params = searchParamsFromFilter(filter, token);
    expect(params.toString()).toBe(`category=5&subcats=0&list=${token}`);
    expect(listTokenFromSearchParams(params)).toBe(token);
    expect(filterFromSearchParams(params)).toEqual({ cateId: 5, isCategoryOnly: true });
    expect(listTokenFromSearchParams(new URLSearchParams('list=../../etc'))).toBeNull();
  });

  it('widens a category to its sub-categories unless asked for the category only', () => {
    const tree = [category(1, [category(10, [category(100)]), category(11)]), category(2)];
    expect(withSubcategories({ cateId: 1 }, tree).cateIds).toEqual([1, 10, 100, 11]);
    expect(withSubcategories({ cateId: 10 }, tree).cateIds).toEqual([10, 100]);
    expect(withSubcategories({ cateId: 1, isCategoryOnly: true }, tree).cateIds).toBeUndefined();
    expect(withSubcategories({ cateId: 99 }, tree).cateIds).toBeUndefined();
    expect(withSubcategories({}, tree)).toEqual({});
  });
});
