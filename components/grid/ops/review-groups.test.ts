import { describe, expect, it } from 'vitest';
import type { EditableValues } from '@/lib/edits/fields';
import { createTagOpLog } from '../state/tag-op-log';
import {
  changeId,
  collectEntries,
  type DescribeValue,
  filterEntries,
  groupChanges,
  includedChanges,
  includedEntries,
  NO_REVIEW_FILTER,
  type ReviewEntry,
  selectionCounts,
} from './review-groups';

const base: EditableValues = {
  title: 'Old',
  description: '',
  tags: ['news'],
  cateId: null,
  coverUrl: '',
  referenceId: '',
};
const textOf: DescribeValue = (_field, value) => (Array.isArray(value) ? value.join(', ') : String(value));

const tagged = (i: number): ReviewEntry => ({
  videoId: `v${i}`,
  title: `Video ${i}`,
  base,
  changes: { tags: ['news', 'bulk-2025'] },
  tagOps: { add: ['bulk-2025'], remove: [] },
});

describe('groupChanges', () => {
  it('groups 2,000 identical tag changes into one group, largest first', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => tagged(i));
    entries.push({ ...tagged(9999), changes: { title: 'New title' }, tagOps: null });
    const groups = groupChanges(entries, textOf);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ field: 'tags', change: '+bulk-2025' });
    expect(groups[0]!.videoIds).toHaveLength(2000);
    expect(groups[1]).toMatchObject({ field: 'title', change: '→ New title', videoIds: ['v9999'] });
  });

  it('tells tag lists edited by hand by what they add and remove', () => {
    const entry: ReviewEntry = { ...tagged(1), changes: { tags: ['sport'] }, tagOps: null };
    expect(groupChanges([entry], textOf)[0]!.change).toBe('+sport −news');
  });
});

describe('filterEntries', () => {
  const entries: ReviewEntry[] = [
    tagged(1),
    { ...tagged(2), title: 'Cooking show', changes: { title: 'Cooking show' }, tagOps: null },
  ];
  const hasProblem = (videoId: string) => videoId === 'v2';

  it('keeps everything without a filter', () => {
    expect(filterEntries(entries, NO_REVIEW_FILTER, hasProblem, textOf)).toBe(entries);
  });

  it('searches titles, IDs and change texts', () => {
    const search = (query: string) =>
      filterEntries(entries, { ...NO_REVIEW_FILTER, query }, hasProblem, textOf).map((e) => e.videoId);
    expect(search('COOKING')).toEqual(['v2']);
    expect(search('v1')).toEqual(['v1']);
    expect(search('bulk-2025')).toEqual(['v1']);
  });

  it('filters by field and by problem', () => {
    const only = (filter: Partial<typeof NO_REVIEW_FILTER>) =>
      filterEntries(entries, { ...NO_REVIEW_FILTER, ...filter }, hasProblem, textOf).map((e) => e.videoId);
    expect(only({ field: 'tags' })).toEqual(['v1']);
    expect(only({ problems: 'with' })).toEqual(['v2']);
    expect(only({ problems: 'without' })).toEqual(['v1']);
  });
});

describe('includedChanges', () => {
  const entry: ReviewEntry = { ...tagged(1), changes: { title: 'New', tags: ['news', 'bulk-2025'] } };

  it('drops unticked changes, and the tag operation with the tags', () => {
    const excluded = new Set([changeId('v1', 'tags')]);
    expect(includedChanges(entry, (id, field) => excluded.has(changeId(id, field)))).toEqual({
      changes: { title: 'New' },
      tagOps: null,
    });
  });

  it('leaves a video out when every change is unticked', () => {
    expect(includedChanges(entry, () => true)).toBeNull();
    expect(includedChanges(entry, () => false)).toEqual({ changes: entry.changes, tagOps: entry.tagOps });
  });
});

describe('includedEntries', () => {
  it('sends every change as it is when nothing is unticked, and drops what is unticked otherwise', () => {
    const both: ReviewEntry = { ...tagged(1), changes: { title: 'New', tags: ['news', 'bulk-2025'] } };
    const entries = [tagged(0), both];
    expect(includedEntries(entries, new Set())).toEqual([
      { entry: entries[0], changes: entries[0]!.changes, tagOps: entries[0]!.tagOps },
      { entry: both, changes: both.changes, tagOps: both.tagOps },
    ]);
    const some = includedEntries(entries, new Set([changeId('v0', 'tags'), changeId('v1', 'tags')]));
    expect(some).toEqual([{ entry: both, changes: { title: 'New' }, tagOps: null }]);
  });
});

describe('collectEntries', () => {
  it('lists the edited videos it has a base for, with their bulk tag operation, and counts their changes', () => {
    const tagOps = createTagOpLog();
    const op = { add: ['bulk-2025'], remove: [] };
    const loaded = new Map([
      ['v1', base],
      ['v2', base],
    ]);
    tagOps.record([{ videoId: 'v1', field: 'tags', value: ['news', 'bulk-2025'] }], op, {
      base: loaded,
      edits: new Map(),
    });
    const { entries, changeCount } = collectEntries(
      {
        base: loaded,
        edits: new Map([
          ['v1', { title: 'New', tags: ['news', 'bulk-2025'] }],
          ['v2', { description: 'Text' }],
          ['v3', { title: 'Not loaded' }],
        ]),
      },
      tagOps,
    );
    expect(entries.map((entry) => [entry.videoId, entry.title, entry.tagOps])).toEqual([
      ['v1', 'New', op],
      ['v2', 'Old', null],
    ]);
    expect(changeCount).toBe(3);
  });
});

describe('selectionCounts', () => {
  const both: ReviewEntry = { ...tagged(1), changes: { title: '', tags: ['news', 'bulk-2025'] } };
  const entries = [tagged(0), both, tagged(2)];
  const issues = new Map([['v1', new Map([['title', 'empty']])]]) as ReadonlyMap<
    string,
    ReadonlyMap<'title', string>
  >;
  const changesOf = (videoId: string) => entries.find((entry) => entry.videoId === videoId)?.changes;

  it('counts every video and the invalid changes when nothing is unticked', () => {
    expect(selectionCounts(entries, new Set(), issues, changesOf)).toEqual({ selected: 3, blockedCells: 1 });
    expect(selectionCounts(entries, new Set(), issues, () => undefined)).toEqual({
      selected: 3,
      blockedCells: 0,
    });
  });

  it('leaves unticked changes out of both counts', () => {
    expect(
      selectionCounts(entries, new Set([changeId('v1', 'title'), changeId('v0', 'tags')]), issues, changesOf),
    ).toEqual({ selected: 2, blockedCells: 0 });
  });
});
