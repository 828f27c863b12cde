import { describe, expect, it } from 'vitest';
import type { EditableValues } from '@/lib/edits/fields';
import { findConflict } from './conflicts';

const vod: EditableValues = {
  title: 'Theirs',
  description: 'Same',
  tags: ['a', 'b'],
  cateId: 7,
  coverUrl: '',
  referenceId: '',
};

describe('[batches][conflicts] findConflict', () => {
  it('passes a video whose edited fields still hold the base values', () => {
    expect(findConflict({ base: { description: 'Same' }, changes: { description: 'New' } }, vod)).toBeNull();
  });

  it("reports VOD's values of every edited field when one of them moved", () => {
    expect(
      findConflict(
        { base: { title: 'Mine before', description: 'Same' }, changes: { title: 'Mine', description: 'X' } },
        vod,
      ),
    ).toEqual({ title: 'Theirs', description: 'Same' });
  });

  it('treats a value already equal to the new one as no conflict (a re-sent change)', () => {
    expect(findConflict({ base: { title: 'Old' }, changes: { title: 'Theirs' } }, vod)).toBeNull();
  });

  it('compares tags as ordered, trimmed lists', () => {
    expect(findConflict({ base: { tags: [' a', 'b '] }, changes: { tags: ['c'] } }, vod)).toBeNull();
    expect(findConflict({ base: { tags: ['b', 'a'] }, changes: { tags: ['c'] } }, vod)).toEqual({
      tags: ['a', 'b'],
    });
  });

  it('notices a category set or changed since loading', () => {
    expect(findConflict({ base: { cateId: null }, changes: { cateId: 9 } }, vod)).toEqual({ cateId: 7 });
  });
});
