import { describe, expect, it } from 'vitest';
import { indexCategories } from '@/components/grid/ops/categories';
import { editReducer, initialEditState, type LoadedVideo } from '@/components/grid/state/edit-store';
import { createValidator } from '@/components/grid/state/validation';
import { translatorFor } from '@/lib/i18n/translator';
import { type ColumnMapping, matchHeader } from '@/lib/spreadsheet/columns';
import type { CategoryNode } from '@/lib/vod';
import { createImportPlanner } from './import-plan';

const english = translatorFor('en');

const node = (id: number, path: string[], children: CategoryNode[] = []): CategoryNode => ({
  id,
  name: path.at(-1)!,
  level: path.length - 1,
  parentId: 0,
  path,
  children,
});
const categories = indexCategories([
  node(1, ['Sports'], [node(11, ['Sports', 'Football']), node(12, ['Sports', 'Tennis'])]),
  node(2, ['News']),
]);

function video(id: string, overrides: Partial<LoadedVideo> = {}): LoadedVideo {
  return {
    id,
    title: `Title ${id}`,
    description: `About ${id}`,
    tags: ['tv'],
    cateId: 11,
    coverUrl: `https://img.example.com/${id}.jpg`,
    referenceId: `ref-${id}-000`,
    ...overrides,
  };
}

const loaded = editReducer(initialEditState(), {
  type: 'load',
  videos: [video('v1'), video('v2'), video('v3'), video('v4', { description: '' })],
});

function plan(headers: string[], rows: string[][], mapping: ColumnMapping = headers.map(matchHeader)) {
  const owners = new Map([...loaded.base].map(([id, values]) => [values.referenceId, id]));
  const planner = createImportPlanner({
    state: loaded,
    validator: createValidator(categories.ids),
    categories,
    headers,
    mapping,
    videoByReference: (referenceId) => owners.get(referenceId),
    t: english,
  });
  planner.add(rows);
  return planner.finish();
}

describe('createImportPlanner', () => {
  it('turns changed cells into writes; empty cells leave fields unchanged; (clear) empties them', () => {
    const result = plan(
      ['VideoId', 'Title', 'Description', 'Tags'],
      [
        ['v1', 'New title', '', ''],
        ['v2', '', '(clear)', 'a, b'],
      ],
    );
    expect(result.writes).toEqual([
      { videoId: 'v1', field: 'title', value: 'New title' },
      { videoId: 'v2', field: 'description', value: '' },
      { videoId: 'v2', field: 'tags', value: ['a', 'b'] },
    ]);
    expect(result).toMatchObject({ rowCount: 2, changedVideos: 2, unchangedRows: 0, problems: [] });
  });

  it('applies Add tags and Remove tags columns like the bulk actions, on top of a Tags column', () => {
    const result = plan(
      ['视频ID', '添加标签', 'Remove tags'],
      [
        ['v1', 'news, tv', ''],
        ['v2', '', 'tv'],
      ],
    );
    expect(result.writes).toEqual([
      { videoId: 'v1', field: 'tags', value: ['tv', 'news'] },
      { videoId: 'v2', field: 'tags', value: [] },
    ]);
  });

  it("keeps Add tags and Remove tags as operations, so a save merges them with other editors' tags", () => {
    const result = plan(
      ['VideoId', 'Add tags', 'Remove tags', 'Tags'],
      [
        ['v1', 'news, tv', 'old', ''],
        ['v2', '', 'tv', ''],
        ['v3', 'news', '', 'a, b'],
        ['v4', 'tv', '', ''],
      ],
    );
    expect(result.tagOps).toEqual(
      new Map([
        ['v1', { add: ['news', 'tv'], remove: ['old'] }],
        ['v2', { add: [], remove: ['tv'] }],
      ]),
    );
  });

  it('accepts a category as an ID or a path, and refuses an unknown one', () => {
    const result = plan(
      ['VideoId', 'Category'],
      [
        ['v1', '12'],
        ['v2', 'sports / tennis'],
        ['v3', 'Cooking'],
      ],
    );
    expect(result.writes).toEqual([
      { videoId: 'v1', field: 'cateId', value: 12 },
      { videoId: 'v2', field: 'cateId', value: 12 },
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 4, kind: 'unknownCategory', column: 'Category' }),
    ]);
  });

  it('takes the changed one of Category and CateId, and refuses two different changes', () => {
    const result = plan(
      ['VideoId', 'Category', 'CateId'],
      [
        ['v1', 'News', '11'],
        ['v2', 'News', '12'],
      ],
    );
    expect(result.writes).toEqual([{ videoId: 'v1', field: 'cateId', value: 2 }]);
    expect(result.problems).toEqual([expect.objectContaining({ row: 3, kind: 'categoryConflict' })]);
  });

  it('reports unknown IDs, empty IDs, duplicate rows, invalid values and unchanged rows, and applies none of them', () => {
    const result = plan(
      ['VideoId', 'Title', 'CoverURL'],
      [
        ['nope', 'X', ''],
        ['', 'Y', ''],
        ['v1', 'First', ''],
        ['v1', 'Second', ''],
        ['v2', 'T'.repeat(129), ''],
        ['v3', 'Title v3', ''],
        ['v4', 'Fine', 'not a url'],
      ],
    );
    expect(result.writes).toEqual([{ videoId: 'v1', field: 'title', value: 'First' }]);
    expect(result.problems.map((problem) => [problem.row, problem.kind])).toEqual([
      [2, 'unknownId'],
      [3, 'missingId'],
      [5, 'duplicateRow'],
      [6, 'invalidValue'],
      [7, 'unchanged'],
      [8, 'invalidValue'],
    ]);
    expect(result.unchangedRows).toBe(1);
    expect(result.problemCounts.get('invalidValue')).toBe(2);
  });

  it('refuses a cleared title, with the grid’s message', () => {
    const result = plan(['VideoId', 'Title'], [['v1', '(clear)']]);
    expect(result.writes).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'invalidValue', column: 'Title' })]);
  });

  it('locates rows by ReferenceId when there is no VideoId column', () => {
    const result = plan(['自定义ID', '标题'], [['ref-v3-000', '按参考ID找到']]);
    expect(result.writes).toEqual([{ videoId: 'v3', field: 'title', value: '按参考ID找到' }]);
  });

  it('refuses the same new ReferenceId on two rows', () => {
    const result = plan(
      ['VideoId', 'ReferenceId'],
      [
        ['v1', 'shared-ref-1'],
        ['v2', 'shared-ref-1'],
      ],
    );
    expect(result.writes).toEqual([{ videoId: 'v1', field: 'referenceId', value: 'shared-ref-1' }]);
    expect(result.problems).toEqual([expect.objectContaining({ row: 3, kind: 'invalidValue' })]);
  });
});
