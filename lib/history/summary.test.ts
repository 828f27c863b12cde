import { describe, expect, it } from 'vitest';
import { summarizeChanges } from './summary';

const tagged = (before: string[], after: string[]) => ({ base: { tags: before }, changes: { tags: after } });

describe('[SUMMARY] summarizeChanges', () => {
  it('names the tag every video gained and counts the videos', () => {
    const items = [
      tagged(['a'], ['a', 'bulk-2025']),
      tagged([], ['bulk-2025']),
      tagged(['x', 'y'], ['x', 'y', 'bulk-2025']),
    ];
    expect(summarizeChanges(items)).toEqual({
      videos: 3,
      fields: ['tags'],
      parts: [{ kind: 'tags', added: ['bulk-2025'], removed: [] }],
    });
  });

  it('names the tags of a bulk "Add tags" sent as an operation (no absolute list)', () => {
    const op = { base: {}, changes: {}, tagOps: { add: ['bulk-2025'], remove: [] } };
    expect(summarizeChanges([op, op])).toEqual({
      videos: 2,
      fields: ['tags'],
      parts: [{ kind: 'tags', added: ['bulk-2025'], removed: [] }],
    });
  });

  it('names tags removed everywhere', () => {
    const items = [tagged(['old', 'a'], ['a']), tagged(['old'], [])];
    expect(summarizeChanges(items).parts).toEqual([{ kind: 'tags', added: [], removed: ['old'] }]);
  });

  it('says only "edited" when videos gained different tags', () => {
    const items = [tagged([], ['one']), tagged([], ['two'])];
    expect(summarizeChanges(items).parts).toEqual([{ kind: 'edited', field: 'tags' }]);
  });

  it('names the category with its path when known', () => {
    const items = [
      { base: { cateId: 1 }, changes: { cateId: 7 } },
      { base: { cateId: null }, changes: { cateId: 7 } },
    ];
    expect(summarizeChanges(items, (id) => (id === 7 ? 'News / World' : undefined)).parts).toEqual([
      { kind: 'set', field: 'cateId', value: '7', label: 'News / World' },
    ]);
    expect(summarizeChanges(items).parts).toEqual([{ kind: 'set', field: 'cateId', value: '7' }]);
  });

  it('recognises one piece of text replaced in every title, as whole words', () => {
    const items = [
      { base: { title: 'Big Promo day' }, changes: { title: 'Big Sale day' } },
      { base: { title: 'Promo' }, changes: { title: 'Sale' } },
      { base: { title: 'Summer Promo!' }, changes: { title: 'Summer Sale!' } },
    ];
    expect(summarizeChanges(items).parts).toEqual([
      { kind: 'replace', field: 'title', find: 'Promo', replace: 'Sale' },
    ]);
    const partWord = [
      { base: { title: 'Promo 1' }, changes: { title: 'Prime 1' } },
      { base: { title: 'Promo 2' }, changes: { title: 'Prime 2' } },
    ];
    expect(summarizeChanges(partWord).parts).toEqual([
      { kind: 'replace', field: 'title', find: 'Promo', replace: 'Prime' },
    ]);
  });

  it('says "edited" for titles changed in different ways, and lists every field touched in order', () => {
    const items = [
      { base: { title: 'One', tags: [] }, changes: { title: 'First', tags: ['t'] } },
      { base: { title: 'Two', description: 'd' }, changes: { title: 'Second', description: 'new' } },
    ];
    const summary = summarizeChanges(items);
    expect(summary.fields).toEqual(['title', 'description', 'tags']);
    expect(summary.parts).toEqual([
      { kind: 'edited', field: 'title' },
      { kind: 'set', field: 'description', value: 'new' },
      { kind: 'tags', added: ['t'], removed: [] },
    ]);
  });

  it('sees the same new value on every video as a set', () => {
    const items = [
      { base: { coverUrl: 'a' }, changes: { coverUrl: 'https://cdn/x.png' } },
      { base: { coverUrl: 'b' }, changes: { coverUrl: 'https://cdn/x.png' } },
    ];
    expect(summarizeChanges(items).parts).toEqual([
      { kind: 'set', field: 'coverUrl', value: 'https://cdn/x.png' },
    ]);
  });

  it('describes an empty batch as no fields', () => {
    expect(summarizeChanges([])).toEqual({ videos: 0, fields: [], parts: [] });
  });
});
