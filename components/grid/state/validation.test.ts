import { describe, expect, it } from 'vitest';
import { issueText } from '@/lib/i18n/issue-text';
import { translatorFor } from '@/lib/i18n/translator';
import {
  type EditAction,
  type EditState,
  editReducer,
  initialEditState,
  type LoadedVideo,
} from './edit-store';
import { createValidator } from './validation';

const english = translatorFor('en');

const video = (id: string, overrides: Partial<LoadedVideo> = {}): LoadedVideo => ({
  id,
  title: `Title ${id}`,
  description: '',
  tags: [],
  cateId: 1,
  coverUrl: '',
  referenceId: '',
  ...overrides,
});

const run = (...actions: EditAction[]): EditState => actions.reduce(editReducer, initialEditState());

describe('createValidator', () => {
  const categories = new Set([1, 2]);

  it('flags a 33-byte tag with a readable message', () => {
    const state = run(
      { type: 'load', videos: [video('v1')] },
      { type: 'write', kind: 'edit', writes: [{ videoId: 'v1', field: 'tags', value: ['x'.repeat(33)] }] },
    );
    const issue = createValidator(categories).issuesFor(state, 'v1')?.get('tags');
    expect(issue).toEqual({ code: 'tagTooLong', tag: 'x'.repeat(33), maxBytes: 32 });
    expect(issueText(english, 'tags', issue!)).toContain('longer than 32 bytes');
  });

  it('flags a Reference ID used by another loaded video, even an unchanged one', () => {
    const state = run(
      { type: 'load', videos: [video('v1'), video('v2', { referenceId: 'taken_1' })] },
      { type: 'write', kind: 'edit', writes: [{ videoId: 'v1', field: 'referenceId', value: 'taken_1' }] },
    );
    const validator = createValidator(categories);
    expect(validator.issuesFor(state, 'v1')?.get('referenceId')).toEqual({
      code: 'referenceIdDuplicate',
      videoId: 'v2',
    });
    expect(validator.summary(state).cellCount).toBe(1);
  });

  it('clears a duplicate when the other video moves away from the Reference ID', () => {
    const validator = createValidator(categories);
    const clash = run(
      { type: 'load', videos: [video('v1'), video('v2', { referenceId: 'taken_1' })] },
      { type: 'write', kind: 'edit', writes: [{ videoId: 'v1', field: 'referenceId', value: 'taken_1' }] },
    );
    expect(validator.summary(clash).cellCount).toBe(1);
    const swapped = editReducer(clash, {
      type: 'write',
      kind: 'edit',
      writes: [{ videoId: 'v2', field: 'referenceId', value: 'other_1' }],
    });
    expect(validator.issuesFor(swapped, 'v1')).toBeNull();
    expect(validator.summary(swapped).cellCount).toBe(0);
  });

  it('flags categories that do not exist', () => {
    const state = run(
      { type: 'load', videos: [video('v1')] },
      { type: 'write', kind: 'edit', writes: [{ videoId: 'v1', field: 'cateId', value: 99 }] },
    );
    expect(createValidator(categories).issuesFor(state, 'v1')?.get('cateId')).toEqual({
      code: 'categoryUnknown',
      cateId: 99,
    });
  });

  it('checks drafts against other videos but not against the video itself', () => {
    const state = run({
      type: 'load',
      videos: [video('v1', { referenceId: 'mine_01' }), video('v2', { referenceId: 'yours_1' })],
    });
    const validator = createValidator(categories);
    expect(validator.draftIssue(state, 'v1', 'referenceId', 'mine_01')).toBeNull();
    expect(validator.draftIssue(state, 'v1', 'referenceId', 'yours_1')).toEqual({
      code: 'referenceIdDuplicate',
      videoId: 'v2',
    });
    expect(validator.draftIssue(state, 'v1', 'title', '  ')).toEqual({ code: 'required' });
  });

  it('does not flag unchanged cells', () => {
    const state = run({ type: 'load', videos: [video('v1', { title: '' })] });
    expect(createValidator(categories).summary(state).cellCount).toBe(0);
  });
});
