import { describe, expect, it } from 'vitest';
import type { CategoryNode } from '@/lib/vod';
import {
  filterFromSearchParams,
  gridSortFromSearchParams,
  listTokenFromSearchParams,
  parseVideoIdList,
  searchParamsFromFilter,
  streamPositionFromSearchParams,
  videoStreamHref,
  videosHref,
  withGridSort,
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

  it('writes links to /videos that read back as the same view, column sort included', () => {
    const token = '0b7c3a52-5a0e-4d55-9d1b-1e0f6a4c2b11';
    const filter = {
      text: 'a&b=c #1 + "q"',
      cateId: 7,
      isCategoryOnly: true,
      statuses: ['Normal' as const],
      createdFrom: '2024-01-02T00:00:00Z',
      createdTo: '2024-03-04T23:59:59Z',
      sort: 'CreationTime:Asc' as const,
    };
    const sort = { id: 'title', desc: true };
    const url = new URL(videosHref(filter, { listToken: token, sort }), 'http://app.test');
    expect(url.pathname).toBe('/videos');
    expect(filterFromSearchParams(url.searchParams)).toEqual(filter);
    expect(listTokenFromSearchParams(url.searchParams)).toBe(token);
    expect(gridSortFromSearchParams(url.searchParams)).toEqual(sort);
    expect(videosHref({})).toBe('/videos');
    expect(videosHref({ videoIds: ['v1'] })).toBe('/videos?ids=v1');
  });

  it('sets and clears the column sort and keeps every other param', () => {
    const sorted = withGridSort(new URLSearchParams('q=cat&x=1'), { id: 'title', desc: false });
    expect(sorted).toBe('?q=cat&x=1&order=title.asc');
    expect(withGridSort(new URLSearchParams(sorted), null)).toBe('?q=cat&x=1');
  });

  it('writes the stream position of /api/videos and reads it back', () => {
    const filter = { text: 'cat' };
    const fromList = new URL(videoStreamHref(filter, { listToken: 'tok-1', offset: 120 }), 'http://x');
    expect(fromList.pathname).toBe('/api/videos');
    expect(streamPositionFromSearchParams(fromList.searchParams)).toEqual({ offset: 120, scrollToken: null });
    const scrolled = new URL(videoStreamHref(filter, { scrollToken: 'abc.DEF-1' }), 'http://x');
    expect(filterFromSearchParams(scrolled.searchParams)).toEqual(filter);
    expect(streamPositionFromSearchParams(scrolled.searchParams)).toEqual({
      offset: null,
      scrollToken: 'abc.DEF-1',
    });
  });

  it('falls back to the unfiltered view for hostile params, never throwing', () => {
    for (const value of ['<script>alert(1)</script>', 'a b', '', '%', '-1 ', '9'.repeat(400)]) {
      const params = new URLSearchParams({
        category: value,
        status: value,
        from: value,
        to: value,
        sort: value,
        subcats: value,
        list: value,
        order: value,
        offset: value,
        scrollToken: value,
      });
      expect(filterFromSearchParams(params)).toEqual({});
      expect(listTokenFromSearchParams(params)).toBeNull();
      expect(gridSortFromSearchParams(params)).toBeNull();
      expect(streamPositionFromSearchParams(params)).toEqual({ offset: null, scrollToken: null });
    }
  });
});
