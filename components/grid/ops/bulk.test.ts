import { describe, expect, it } from 'vitest';
import type { CellValue } from '../state/edit-store';
import { bulkFields, planBulk, sampleBulk } from './bulk';
import { compileFindReplace } from './find-replace';

const rows: Record<string, Record<string, CellValue>> = {
  a: { title: 'Episode 1', description: 'First episode', tags: ['news', 'tv'], cateId: 1 },
  b: { title: 'Episode 2', description: 'Second', tags: ['tv'], cateId: 2 },
};
const valueAt = (id: string, field: string) => rows[id]?.[field];
const ids = ['a', 'b'];

describe('planBulk', () => {
  it('adds tags only where missing', () => {
    expect(planBulk({ kind: 'addTags', tags: ['news'] }, ids, valueAt as never)).toEqual([
      { videoId: 'b', field: 'tags', value: ['tv', 'news'] },
    ]);
  });

  it('removes tags', () => {
    expect(planBulk({ kind: 'removeTags', tags: ['tv'] }, ids, valueAt as never)).toEqual([
      { videoId: 'a', field: 'tags', value: ['news'] },
      { videoId: 'b', field: 'tags', value: [] },
    ]);
  });

  it('replaces all tags', () => {
    expect(planBulk({ kind: 'replaceTags', tags: ['tv'] }, ids, valueAt as never)).toEqual([
      { videoId: 'a', field: 'tags', value: ['tv'] },
    ]);
  });

  it('sets a category', () => {
    expect(planBulk({ kind: 'setCategory', cateId: 2 }, ids, valueAt as never)).toEqual([
      { videoId: 'a', field: 'cateId', value: 2 },
    ]);
  });

  it('finds and replaces with a regular expression in the chosen fields', () => {
    const matcher = compileFindReplace({
      find: 'Episode (\\d)',
      replace: 'Ep$1',
      isRegex: true,
      isCaseSensitive: false,
    });
    if (!matcher.ok) throw new Error('unexpected');
    const writes = planBulk(
      { kind: 'findReplace', fields: ['title', 'description'], replaceIn: matcher.replaceIn },
      ids,
      valueAt as never,
    );
    expect(writes).toEqual([
      { videoId: 'a', field: 'title', value: 'Ep1' },
      { videoId: 'b', field: 'title', value: 'Ep2' },
    ]);
  });

  it('adds a prefix and a suffix to titles', () => {
    expect(planBulk({ kind: 'affix', prefix: '[HD] ', suffix: '!' }, ['a'], valueAt as never)).toEqual([
      { videoId: 'a', field: 'title', value: '[HD] Episode 1!' },
    ]);
  });

  it('skips videos that are not loaded', () => {
    expect(planBulk({ kind: 'setCategory', cateId: 5 }, ['zzz'], valueAt as never)).toEqual([]);
  });
});

describe('bulk preview', () => {
  it('names the fields each action touches: prefix and suffix touch titles only', () => {
    expect(bulkFields('affix')).toEqual(['title']);
    expect(bulkFields('addTags')).toEqual(['tags']);
    expect(bulkFields('setCategory')).toEqual(['cateId']);
    expect(bulkFields('findReplace', ['description'])).toEqual(['description']);
  });

  it('samples the first changes as before → after, at most five', () => {
    const many = Array.from({ length: 8 }, (_, i) => `v${i}`);
    const titles = (id: string, field: string) => (field === 'title' ? `Title ${id}` : undefined);
    const writes = planBulk({ kind: 'affix', prefix: '[HD] ', suffix: '' }, many, titles as never);
    const sample = sampleBulk(writes, titles as never);
    expect(sample).toHaveLength(5);
    expect(sample[0]).toEqual({ videoId: 'v0', field: 'title', before: 'Title v0', after: '[HD] Title v0' });
  });
});
