import { describe, expect, it } from 'vitest';
import type { EditableValues } from '@/lib/edits/fields';
import type { CategoryNode } from '@/lib/vod';
import { GRID_COLUMNS_BY_ID, type GridColumn } from '../columns';
import type { CellValue } from '../state/edit-store';
import { indexCategories } from './categories';
import { copyBlock, type GridShape, planClear, planFillDown, planPaste } from './operations';
import { parseTsv } from './tsv';

const col = (id: Parameters<typeof GRID_COLUMNS_BY_ID.get>[0]): GridColumn => GRID_COLUMNS_BY_ID.get(id)!;

const sport: CategoryNode = { id: 10, name: 'Sport', level: 0, parentId: -1, path: ['Sport'], children: [] };
const football: CategoryNode = {
  id: 11,
  name: 'Football',
  level: 1,
  parentId: 10,
  path: ['Sport', 'Football'],
  children: [],
};
sport.children.push(football);
const categories = indexCategories([sport]);

// select | videoId | title | tags | category | referenceId
const shape: GridShape = {
  rowIds: ['a', 'b', 'c', 'd', 'e', 'f'],
  columns: [col('select'), col('videoId'), col('title'), col('tags'), col('category'), col('referenceId')],
};

describe('planPaste', () => {
  it('pastes a 3×5 block from the range corner and skips read-only cells', () => {
    const block = parseTsv(
      ['T1\tx, y\tSport / Football', 'T2\tz\t10', 'T3\t\tSport', 'T4\tq\tFootball', 'T5\tw\t11', ''].join(
        '\r\n',
      ),
    );
    const { writes, leftOut } = planPaste(block, { top: 0, left: 2, bottom: 0, right: 2 }, shape, categories);
    expect(leftOut).toEqual({ readOnly: 0, unreadable: 0, rowsBelow: 0, columnsPast: 0 });
    expect(writes).toHaveLength(15);
    expect(writes.slice(0, 3)).toEqual([
      { videoId: 'a', field: 'title', value: 'T1' },
      { videoId: 'a', field: 'tags', value: ['x', 'y'] },
      { videoId: 'a', field: 'cateId', value: 11 },
    ]);
    expect(writes.filter((w) => w.field === 'cateId').map((w) => w.value)).toEqual([11, 10, 10, 11, 11]);
  });

  it('cuts a block off at the bottom and right edges and counts what was left out', () => {
    const { writes, leftOut } = planPaste(
      parseTsv('x\ty\tz\n1\t2\t3\n'),
      { top: 5, left: 4, bottom: 5, right: 4 },
      shape,
      categories,
    );
    expect(writes).toEqual([{ videoId: 'f', field: 'referenceId', value: 'y' }]);
    expect(leftOut).toMatchObject({ rowsBelow: 1, columnsPast: 1, unreadable: 1 });
  });

  it('counts the rows of 8 pasted with 3 rows left as 5 left out', () => {
    const { writes, leftOut } = planPaste(
      parseTsv(['1', '2', '3', '4', '5', '6', '7', '8'].join('\n')),
      { top: 3, left: 2, bottom: 3, right: 2 },
      shape,
      categories,
    );
    expect(writes.map((w) => w.videoId)).toEqual(['d', 'e', 'f']);
    expect(leftOut.rowsBelow).toBe(5);
  });

  it('fills a whole selection with a single pasted value', () => {
    const { writes } = planPaste([['Same']], { top: 1, left: 2, bottom: 3, right: 2 }, shape, categories);
    expect(writes.map((w) => w.videoId)).toEqual(['b', 'c', 'd']);
    expect(new Set(writes.map((w) => w.value))).toEqual(new Set(['Same']));
  });

  it('skips read-only targets and unknown categories, counting them', () => {
    const { writes, leftOut } = planPaste(
      [['id', 'T', 'tag', 'Nope']],
      { top: 0, left: 1, bottom: 0, right: 1 },
      shape,
      categories,
    );
    expect(writes.map((w) => w.field)).toEqual(['title', 'tags']);
    expect(leftOut).toEqual({ readOnly: 1, unreadable: 1, rowsBelow: 0, columnsPast: 0 });
  });

  it('keeps multi-line text in a quoted cell', () => {
    const { writes } = planPaste(
      parseTsv('"two\nlines"\n'),
      { top: 0, left: 2, bottom: 0, right: 2 },
      shape,
      categories,
    );
    expect(writes).toEqual([{ videoId: 'a', field: 'title', value: 'two\nlines' }]);
  });
});

describe('planFillDown', () => {
  const values: Record<string, Partial<Record<string, CellValue>>> = {
    a: { title: 'A', tags: ['t'] },
    b: { title: 'B', tags: [] },
    c: { title: 'C', tags: [] },
  };
  const valueAt = (id: string, field: string) => values[id]?.[field];

  it('copies the top row of the range into the rows below', () => {
    const writes = planFillDown({ top: 0, left: 1, bottom: 2, right: 3 }, shape, valueAt as never);
    expect(writes).toEqual([
      { videoId: 'b', field: 'title', value: 'A' },
      { videoId: 'c', field: 'title', value: 'A' },
      { videoId: 'b', field: 'tags', value: ['t'] },
      { videoId: 'c', field: 'tags', value: ['t'] },
    ]);
  });

  it('copies the row above into a one-row range, and does nothing on the first row', () => {
    expect(planFillDown({ top: 1, left: 2, bottom: 1, right: 2 }, shape, valueAt as never)).toEqual([
      { videoId: 'b', field: 'title', value: 'A' },
    ]);
    expect(planFillDown({ top: 0, left: 2, bottom: 0, right: 2 }, shape, valueAt as never)).toEqual([]);
  });
});

describe('planClear', () => {
  const base: EditableValues = {
    title: 'T',
    description: 'd',
    tags: ['x'],
    cateId: 10,
    coverUrl: '',
    referenceId: '',
  };

  it('clears the cells where an empty value is allowed and says why not for the others', () => {
    const { writes, refused, readOnly } = planClear(
      { top: 0, left: 0, bottom: 1, right: 5 },
      shape,
      () => base,
    );
    // Title is required and a category cannot be removed; tags and an empty Reference ID can be cleared.
    expect(writes).toEqual([
      { videoId: 'a', field: 'tags', value: [] },
      { videoId: 'b', field: 'tags', value: [] },
      { videoId: 'a', field: 'referenceId', value: '' },
      { videoId: 'b', field: 'referenceId', value: '' },
    ]);
    expect(refused).toEqual([
      { field: 'title', issue: { code: 'required' }, cells: 2 },
      { field: 'cateId', issue: { code: 'categoryNotRemovable' }, cells: 2 },
    ]);
    expect(readOnly).toBe(2);
  });

  it('does not clear a Reference ID that VOD already has, and says so', () => {
    const { writes, refused } = planClear({ top: 0, left: 5, bottom: 0, right: 5 }, shape, () => ({
      ...base,
      referenceId: 'abcdef',
    }));
    expect(writes).toEqual([]);
    expect(refused).toEqual([{ field: 'referenceId', issue: { code: 'referenceIdNotRemovable' }, cells: 1 }]);
  });
});

describe('copyBlock', () => {
  it('copies the range without the row-header column', () => {
    const block = copyBlock(
      { top: 0, left: 0, bottom: 1, right: 2 },
      shape,
      (id, column) => `${id}:${column.id}`,
    );
    expect(block).toEqual([
      ['a:videoId', 'a:title'],
      ['b:videoId', 'b:title'],
    ]);
  });
});
