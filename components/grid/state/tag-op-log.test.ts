import { describe, expect, it } from 'vitest';
import type { EditableValues } from '@/lib/edits/fields';
import { createTagOpLog } from './tag-op-log';

const base: EditableValues = {
  title: 'T',
  description: '',
  tags: ['a', 'b'],
  cateId: null,
  coverUrl: '',
  referenceId: '',
};

describe('[grid][tag-op-log] bulk tag actions travel as operations', () => {
  it('sends the merged operation while the cell still shows base + operation', () => {
    const log = createTagOpLog();
    log.record(['v1'], { add: ['c'], remove: [] });
    log.record(['v1'], { add: [], remove: ['a'] });
    expect(log.operationFor('v1', base, { tags: ['b', 'c'] })).toEqual({ add: ['c'], remove: ['a'] });
  });

  it('falls back to the absolute list once the cell was edited otherwise, and ignores untouched videos', () => {
    const log = createTagOpLog();
    log.record(['v1'], { add: ['c'], remove: [] });
    expect(log.operationFor('v1', base, { tags: ['c', 'a', 'b'] })).toBeNull();
    expect(log.operationFor('v1', base, { title: 'x' })).toBeNull();
    expect(log.operationFor('v2', base, { tags: ['a', 'b', 'c'] })).toBeNull();
  });
});
