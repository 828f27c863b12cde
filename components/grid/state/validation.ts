import type { EditableField, FieldChanges } from '@/lib/edits/fields';
import { validateField } from '@/lib/edits/fields';
import { type FieldIssue, findDuplicateReferenceIds } from '@/lib/edits/validate';
import { finishNow, type Staged } from '@/lib/ui/sliced-work';
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
  /** `summary` built in slices, for a state whose summary is too much for one task (an import landing). */
  stageSummary(state: EditState): Staged<IssueSummary>;
}

/** A summary with what its next state's summary is derived from. */
interface Summarized {
  version: number;
  referenceVersion: number;
  summary: IssueSummary;
  /** Edited videos whose changes include the Reference ID: the only ones duplicates concern. */
  referenceEdited: ReadonlySet<string>;
}

const EMPTY_SUMMARY: Summarized = {
  version: -1,
  referenceVersion: -1,
  summary: { byVideo: new Map(), cellCount: 0 },
  referenceEdited: new Set(),
};

// The summaries kept to derive the next one from: the store's latest, and the one before it, since an
// import's step is summarised beside the store while the store may still take a change.
const KEPT_SUMMARIES = 2;

const isDuplicateFlagged = (issues: RowIssues) => issues.get('referenceId')?.code === 'referenceIdDuplicate';

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
 * an edit revalidates one video, and only a Reference ID change rechecks duplicates. The summary of a
 * state built from a summarised one is that summary updated for the videos the change touched (and, when
 * Reference IDs may have changed, those flagged as duplicates before or now), not a pass over every edit.
 */
export function createValidator(categoryIds: ReadonlySet<number>): Validator {
  let referenceIndex: { version: number; index: ReferenceIndex } | null = null;
  const rowCache = new Map<
    string,
    { changes: FieldChanges; referenceVersion: number; issues: RowIssues | null }
  >();
  let summaries: Summarized[] = [];

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

  /** The videos whose issues may differ from `from`'s summary in `state`, built from it by one action. */
  const changedSince = (state: EditState, from: Summarized): string[] => {
    const videoIds = [...state.touched!];
    if (state.referenceVersion === from.referenceVersion) return videoIds;
    for (const [videoId, issues] of from.summary.byVideo)
      if (isDuplicateFlagged(issues)) videoIds.push(videoId);
    // Among the touched ones are those whose Reference ID edit is new; the others were edited before.
    const edited = from.referenceEdited;
    if (edited.size > 0) {
      for (const videoId of references(state).duplicates.keys())
        if (edited.has(videoId)) videoIds.push(videoId);
    }
    return videoIds;
  };

  const stageSummary = (state: EditState): Staged<IssueSummary> => {
    const from = summaries.find((entry) => entry.version === state.basedOn);
    const isDelta = from !== undefined && state.touched !== null;
    const base = isDelta ? from : EMPTY_SUMMARY;
    const videoIds = isDelta ? changedSince(state, from) : [...state.edits.keys()];
    // Copied on the first change only: a summary handed out never changes.
    let byVideo: Map<string, RowIssues> | null = null;
    let referenceEdited: Set<string> | null = null;
    let cellCount = base.summary.cellCount;
    return {
      count: videoIds.length,
      add(start, end) {
        for (let i = start; i < end; i++) {
          const videoId = videoIds[i]!;
          const issues = issuesFor(state, videoId);
          const had = (byVideo ?? base.summary.byVideo).get(videoId);
          if (issues !== (had ?? null)) {
            byVideo ??= new Map(base.summary.byVideo);
            cellCount += (issues?.size ?? 0) - (had?.size ?? 0);
            if (issues) byVideo.set(videoId, issues);
            else byVideo.delete(videoId);
          }
          const changes = state.edits.get(videoId);
          if (changes === undefined) rowCache.delete(videoId);
          const isReferenceEdited = changes !== undefined && Object.hasOwn(changes, 'referenceId');
          if (isReferenceEdited !== (referenceEdited ?? base.referenceEdited).has(videoId)) {
            referenceEdited ??= new Set(base.referenceEdited);
            if (isReferenceEdited) referenceEdited.add(videoId);
            else referenceEdited.delete(videoId);
          }
        }
      },
      finish() {
        const summarized: Summarized = {
          version: state.version,
          referenceVersion: state.referenceVersion,
          summary:
            byVideo === null && cellCount === base.summary.cellCount
              ? base.summary
              : { byVideo: byVideo ?? base.summary.byVideo, cellCount },
          referenceEdited: referenceEdited ?? base.referenceEdited,
        };
        if (!isDelta) {
          for (const videoId of rowCache.keys()) if (!state.edits.has(videoId)) rowCache.delete(videoId);
        }
        summaries = [summarized, ...summaries.filter((entry) => entry.version !== state.version)].slice(
          0,
          KEPT_SUMMARIES,
        );
        return summarized.summary;
      },
    };
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
      const known = summaries.find((entry) => entry.version === state.version);
      if (known) return known.summary;
      return finishNow(stageSummary(state));
    },
    stageSummary,
  };
}
