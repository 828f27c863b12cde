import type { EditableField, FieldChanges } from '@/lib/edits/fields';
import { validateField } from '@/lib/edits/fields';
import { type FieldIssue, findDuplicateReferenceIds } from '@/lib/edits/validate';
import type { CellValue, EditState } from './edit-store';

export type RowIssues = ReadonlyMap<EditableField, FieldIssue>;

interface ReferenceIndex {
  /** The first video holding each Reference ID. */
  owners: ReadonlyMap<string, string>;
  /** Each video sharing its Reference ID with another, mapped to that other video. */
  duplicates: ReadonlyMap<string, string>;
}

export interface IssueSummary {
  /** Invalid changed cells per video. */
  byVideo: ReadonlyMap<string, RowIssues>;
  cellCount: number;
}

export interface Validator {
  /** Issues of a video's changed cells, or null when they are all valid. */
  issuesFor(state: EditState, videoId: string): RowIssues | null;
  /** What an editor's draft would be flagged with, checked as the viewer types. */
  draftIssue(state: EditState, videoId: string, field: EditableField, value: CellValue): FieldIssue | null;
  summary(state: EditState): IssueSummary;
}

function* effectiveReferenceIds(state: EditState): Generator<[string, string]> {
  for (const [videoId, base] of state.base) {
    const changes = state.edits.get(videoId);
    yield [
      videoId,
      changes && Object.hasOwn(changes, 'referenceId') ? changes.referenceId! : base.referenceId,
    ];
  }
}

function buildReferenceIndex(state: EditState): ReferenceIndex {
  const owners = new Map<string, string>();
  for (const [videoId, referenceId] of effectiveReferenceIds(state)) {
    if (referenceId !== '' && !owners.has(referenceId)) owners.set(referenceId, videoId);
  }
  return { owners, duplicates: findDuplicateReferenceIds(effectiveReferenceIds(state)) };
}

/**
 * Validates changed cells against VOD's limits (lib/edits), Reference ID uniqueness across every loaded
 * video and the known categories. Derived data is cached by store version and by per-video identity, so
 * an edit revalidates one video, and only a Reference ID change rechecks duplicates.
 */
export function createValidator(categoryIds: ReadonlySet<number>): Validator {
  let referenceIndex: { version: number; index: ReferenceIndex } | null = null;
  const rowCache = new Map<
    string,
    { changes: FieldChanges; referenceVersion: number; issues: RowIssues | null }
  >();
  let summaryCache: { version: number; summary: IssueSummary } | null = null;

  const references = (state: EditState): ReferenceIndex => {
    if (referenceIndex?.version !== state.referenceVersion) {
      referenceIndex = { version: state.referenceVersion, index: buildReferenceIndex(state) };
    }
    return referenceIndex.index;
  };

  const issueOf = (
    state: EditState,
    videoId: string,
    field: EditableField,
    value: CellValue,
    duplicateOf: (referenceId: string) => string | undefined,
  ): FieldIssue | null => {
    const base = state.base.get(videoId);
    const issue = validateField(field, value as never, base?.[field] as never);
    if (issue) return issue;
    if (field === 'cateId' && value !== null && !categoryIds.has(value as number)) {
      return { code: 'categoryUnknown', cateId: value as number };
    }
    if (field === 'referenceId' && value !== '') {
      const other = duplicateOf(value as string);
      if (other !== undefined) return { code: 'referenceIdDuplicate', videoId: other };
    }
    return null;
  };

  const issuesFor = (state: EditState, videoId: string): RowIssues | null => {
    const changes = state.edits.get(videoId);
    if (changes === undefined) return null;
    const cached = rowCache.get(videoId);
    const dependsOnReferences = Object.hasOwn(changes, 'referenceId');
    if (
      cached?.changes === changes &&
      (!dependsOnReferences || cached.referenceVersion === state.referenceVersion)
    ) {
      return cached.issues;
    }
    let issues: Map<EditableField, FieldIssue> | null = null;
    const duplicateOf = () => references(state).duplicates.get(videoId);
    for (const field of Object.keys(changes) as EditableField[]) {
      const issue = issueOf(state, videoId, field, changes[field] as CellValue, duplicateOf);
      if (issue) {
        issues ??= new Map();
        issues.set(field, issue);
      }
    }
    rowCache.set(videoId, { changes, referenceVersion: state.referenceVersion, issues });
    return issues;
  };

  return {
    issuesFor,
    draftIssue(state, videoId, field, value) {
      return issueOf(state, videoId, field, value, (referenceId) => {
        const { owners, duplicates } = references(state);
        const owner = owners.get(referenceId);
        if (owner === undefined) return undefined;
        return owner === videoId ? duplicates.get(videoId) : owner;
      });
    },
    summary(state) {
      if (summaryCache?.version === state.version) return summaryCache.summary;
      const byVideo = new Map<string, RowIssues>();
      let cellCount = 0;
      for (const videoId of state.edits.keys()) {
        const issues = issuesFor(state, videoId);
        if (issues) {
          byVideo.set(videoId, issues);
          cellCount += issues.size;
        }
      }
      for (const videoId of rowCache.keys()) if (!state.edits.has(videoId)) rowCache.delete(videoId);
      const summary = { byVideo, cellCount };
      summaryCache = { version: state.version, summary };
      return summary;
    },
  };
}
