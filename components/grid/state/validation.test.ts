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

  describe('summary kept up to date change by change', () => {
    const videos = Array.from({ length: 12 }, (_, i) => video(`v${i}`, { referenceId: `ref_${i % 6}0` }));
    const values: Record<'title' | 'referenceId' | 'cateId', readonly unknown[]> = {
      title: ['Fine', '', 'x'.repeat(200)],
      referenceId: ['ref_00', 'ref_10', 'own_00', ''],
      cateId: [1, 2, 99],
    };
    // A fixed, varied walk: writes (Reference IDs clashing and parting), undo, redo, revert, rebase, load.
    const walk = (step: number, state: EditState): EditAction => {
      const pick = (n: number) => (step * 7 + n * 13) % n;
      const videoId = `v${(step * 5) % 12}`;
      switch (step % 9) {
        case 5:
          return { type: 'undo' };
        case 7:
          return { type: 'redo' };
        case 8:
          return step % 2 === 0
            ? { type: 'revertRows', videoIds: [videoId] }
            : { type: 'rebase', entries: [{ videoId, values: { referenceId: `ref_${step % 6}0` } }] };
        default: {
          const field = (['title', 'referenceId', 'cateId'] as const)[step % 3]!;
          const options = values[field];
          const writes = [0, 1].map((n) => ({
            videoId: `v${(step * 5 + n * 7) % 12}`,
            field,
            value: options[(pick(options.length) + n) % options.length] as never,
          }));
          return state.base.has('v11') || step < 20
            ? { type: 'write', kind: 'edit', writes }
            : { type: 'load', videos: [video('v11')] };
        }
      }
    };

    it('matches a full check of every edit after each change', () => {
      const validator = createValidator(categories);
      let state = run({ type: 'load', videos: videos.slice(0, 11) });
      let flagged = 0;
      for (let step = 0; step < 120; step++) {
        const previous = validator.summary(state);
        const before = { byVideo: new Map(previous.byVideo), cellCount: previous.cellCount };
        state = editReducer(state, walk(step, state));
        const summary = validator.summary(state);
        expect(summary, `after step ${step}`).toEqual(createValidator(categories).summary(state));
        expect(previous, 'a summary handed out never changes').toEqual(before);
        flagged = Math.max(flagged, summary.cellCount);
      }
      expect(flagged).toBeGreaterThan(2);
      state = editReducer(state, { type: 'discardAll' });
      expect(validator.summary(state)).toEqual({ byVideo: new Map(), cellCount: 0 });
    });

    it('builds a summary in slices that the next summary call returns as it is', () => {
      const validator = createValidator(categories);
      const from = run({ type: 'load', videos });
      validator.summary(from);
      const next = editReducer(from, {
        type: 'write',
        kind: 'import',
        writes: videos.map((v, i) => ({ videoId: v.id, field: 'referenceId', value: `dup_${i % 3}0` })),
      });
      const staged = validator.stageSummary(next);
      expect(staged.count).toBeGreaterThanOrEqual(videos.length);
      for (let start = 0; start < staged.count; start += 5)
        staged.add(start, Math.min(staged.count, start + 5));
      const summary = staged.finish();
      expect(validator.summary(next)).toBe(summary);
      expect(summary).toEqual(createValidator(categories).summary(next));
      expect(summary.cellCount).toBe(videos.length);
    });
  });
});
