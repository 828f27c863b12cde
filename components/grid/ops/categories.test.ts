import { describe, expect, it } from 'vitest';
import type { CategoryNode } from '@/lib/vod';
import { filterCategories, indexCategories, resolveCategory } from './categories';

const node = (id: number, path: string[], children: CategoryNode[] = []): CategoryNode => ({
  id,
  name: path.at(-1)!,
  level: path.length - 1,
  parentId: -1,
  path,
  children,
});

const index = indexCategories([
  node(1, ['News'], [node(2, ['News', 'Local']), node(3, ['News', 'World'])]),
  node(4, ['Sport'], [node(5, ['Sport', 'Local'])]),
]);

describe('categories', () => {
  it('lists the tree depth first', () => {
    expect(index.flat.map((n) => n.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('resolves ids, paths and unique names, and refuses ambiguous names', () => {
    expect(resolveCategory(index, '3')).toBe(3);
    expect(resolveCategory(index, 'sport / local')).toBe(5);
    expect(resolveCategory(index, 'News/Local')).toBe(2);
    expect(resolveCategory(index, 'World')).toBe(3);
    expect(resolveCategory(index, 'Local')).toBeNull();
    expect(resolveCategory(index, '99')).toBeNull();
    expect(resolveCategory(index, '')).toBeNull();
  });

  it('filters by path text', () => {
    expect(filterCategories(index, 'local').map((n) => n.id)).toEqual([2, 5]);
    expect(filterCategories(index, 'sport').map((n) => n.id)).toEqual([4, 5]);
  });
});
