import { describe, expect, it } from 'vitest';
import { type EditableValues, fieldEquals } from '@/lib/edits/fields';
import { applyTagOperation, type TagOperation } from '@/lib/edits/tag-ops';
import type { CellWrite, EditState } from './edit-store';
import { createTagOpLog } from './tag-op-log';

const base: EditableValues = {
  title: 'T',
  description: '',
  tags: ['a', 'b'],
  cateId: null,
  coverUrl: '',
  referenceId: '',
};

/** A bulk action's tag cells: each video's list as the action wrote it. */
const wrote = (tags: Record<string, string[]>): CellWrite[] =>
  Object.entries(tags).map(([videoId, value]) => ({ videoId, field: 'tags', value }));

/** The edits a bulk action is applied to: every video has `base`, and `tags` shows each edited video's tags. */
const appliedTo = (
  tags: Record<string, string[]> = {},
  videoIds = ['v1', 'v2'],
): Pick<EditState, 'edits' | 'base'> => ({
  base: new Map(videoIds.map((videoId) => [videoId, base])),
  edits: new Map(Object.entries(tags).map(([videoId, list]) => [videoId, { tags: list }])),
});

describe('[grid][tag-op-log] bulk tag actions travel as operations', () => {
  it('sends the merged operation while the cell still shows base + operation', () => {
    const log = createTagOpLog();
    log.record(wrote({ v1: ['a', 'b', 'c'] }), { add: ['c'], remove: [] }, appliedTo());
    log.record(wrote({ v1: ['b', 'c'] }), { add: [], remove: ['a'] }, appliedTo({ v1: ['a', 'b', 'c'] }));
    expect(log.operationFor('v1', base, { tags: ['b', 'c'] })).toEqual({ add: ['c'], remove: ['a'] });
  });

  it('falls back to the absolute list once the cell was edited otherwise, and ignores untouched videos', () => {
    const log = createTagOpLog();
    log.record(wrote({ v1: ['a', 'b', 'c'] }), { add: ['c'], remove: [] }, appliedTo());
    expect(log.operationFor('v1', base, { tags: ['c', 'a', 'b'] })).toBeNull();
    expect(log.operationFor('v1', base, { title: 'x' })).toBeNull();
    expect(log.operationFor('v2', base, { tags: ['a', 'b', 'c'] })).toBeNull();
  });

  it('gives the videos of one bulk action, merged with an earlier one, one shared operation', () => {
    const log = createTagOpLog();
    log.record(wrote({ v1: ['a', 'b', 'c'], v2: ['a', 'b', 'c'] }), { add: ['c'], remove: [] }, appliedTo());
    log.record(
      wrote({ v1: ['a', 'b', 'c', 'd'], v2: ['a', 'b', 'c', 'd'] }),
      { add: ['d'], remove: [] },
      appliedTo({ v1: ['a', 'b', 'c'], v2: ['a', 'b', 'c'] }),
    );
    const first = log.operationFor('v1', base, { tags: ['a', 'b', 'c', 'd'] });
    expect(first).toEqual({ add: ['c', 'd'], remove: [] });
    expect(log.operationFor('v2', base, { tags: ['a', 'b', 'c', 'd'] })).toBe(first);
  });

  it('drops an earlier operation the tags no longer show (undone, or edited by hand) instead of merging it', () => {
    const log = createTagOpLog();
    log.record(wrote({ v1: ['a', 'b', 'c'], v2: ['a', 'b', 'c'] }), { add: ['c'], remove: [] }, appliedTo());
    // v1's "add c" was undone, v2's tags were typed over; then both get "add d".
    log.record(
      wrote({ v1: ['a', 'b', 'd'], v2: ['x', 'd'] }),
      { add: ['d'], remove: [] },
      appliedTo({ v2: ['x'] }),
    );
    expect(log.operationFor('v1', base, { tags: ['a', 'b', 'd'] })).toEqual({ add: ['d'], remove: [] });
    expect(log.operationFor('v1', base, { tags: ['a', 'b', 'c', 'd'] })).toBeNull();
    expect(log.operationFor('v2', base, { tags: ['x', 'd'] })).toBeNull();
  });

  it('takes the very list the action wrote as showing the operation only when it did, on the base it was written on', () => {
    const log = createTagOpLog();
    const shown = ['a', 'b', 'c'];
    const typedOver = ['x', 'c'];
    log.record(wrote({ v1: shown, v2: typedOver }), { add: ['c'], remove: [] }, appliedTo({ v2: ['x'] }));
    expect(log.operationFor('v1', base, { tags: shown })).toEqual({ add: ['c'], remove: [] });
    expect(log.operationFor('v2', base, { tags: typedOver })).toBeNull();
    // Rebased onto VOD's newer tags, the same list is checked again, and no longer shows the operation.
    expect(log.operationFor('v1', { ...base, tags: ['a'] }, { tags: shown })).toBeNull();
  });

  it('recognises exactly the lists the operation makes of the base, as applyTagOperation makes them', () => {
    // Every combination of a few tags with stray spaces, duplicates and an empty one.
    const pool = ['a', ' a', 'b', 'c ', 'd', ''];
    const lists: string[][] = [[]];
    for (const tag of pool) for (const list of [...lists]) if (list.length < 3) lists.push([...list, tag]);
    const ops: TagOperation[] = [
      { add: ['c'], remove: [] },
      { add: ['a', ' d', 'd', ''], remove: ['b'] },
      { add: ['b'], remove: ['b', 'a '] },
      { add: [], remove: ['c', 'z'] },
    ];
    let recognised = 0;
    for (const op of ops) {
      const log = createTagOpLog();
      log.record(wrote({ v: [] }), op, appliedTo({}, ['v']));
      for (const before of lists) {
        const made = applyTagOperation(before, op);
        for (const tags of [...lists, made]) {
          const expected = fieldEquals('tags', made, tags);
          expect(log.operationFor('v', { ...base, tags: before }, { tags }) !== null).toBe(expected);
          if (expected) recognised++;
        }
      }
    }
    expect(recognised).toBeGreaterThan(ops.length * lists.length);
  });
});
