import { type BulkOperation, planBulk } from '@/components/grid/ops/bulk';
import { type CategoryIndex, resolveCategory } from '@/components/grid/ops/categories';
import {
  type CellValue,
  type CellWrite,
  currentValue,
  type EditState,
} from '@/components/grid/state/edit-store';
import type { Validator } from '@/components/grid/state/validation';
import { type EditableField, fieldEquals, parseTags } from '@/lib/edits/fields';
import { mergeTagOperations, type TagOperation } from '@/lib/edits/tag-ops';
import { issueText } from '@/lib/i18n/issue-text';
import type { Translator } from '@/lib/i18n/translator';
import { readCell } from '@/lib/spreadsheet/cells';
import { type ColumnMapping, locatorOf, type SheetColumnKind } from '@/lib/spreadsheet/columns';
import type { RowProblem, RowProblemKind } from '@/lib/spreadsheet/report';

export interface ImportPlan {
  rowCount: number;
  /** Videos the import would change. */
  changedVideos: number;
  /** Rows whose every value equals what the video already has. */
  unchangedRows: number;
  /** Every row not applied, with why (unchanged rows included, for the report). */
  problems: RowProblem[];
  problemCounts: ReadonlyMap<RowProblemKind, number>;
  /** The cells to write, as one undoable step. */
  writes: CellWrite[];
  /**
   * Rows that changed tags only through Add tags / Remove tags columns, as operations: saved like the bulk
   * actions, they merge with tags other editors add meanwhile instead of overwriting them.
   */
  tagOps: Map<string, TagOperation>;
}

export interface PlanContext {
  /** The edit store's state with the videos the import looked up loaded into it. */
  state: EditState;
  /** The import's own validator (the grid's caches belong to the grid's states). */
  validator: Validator;
  categories: CategoryIndex;
  headers: readonly string[];
  mapping: ColumnMapping;
  /** The video holding a ReferenceId, for files located by ReferenceId. */
  videoByReference: (referenceId: string) => string | undefined;
  /** Words the report's details in the viewer's language. */
  t: Translator;
}

/** Fields a plain value column writes, in the order a row applies them. */
const TEXT_COLUMNS = ['title', 'description', 'coverUrl', 'referenceId'] as const;
const TAG_OPERATIONS = ['addTags', 'removeTags'] as const;

type RowValues = Map<EditableField, CellValue>;

interface RowOutcome {
  problems: Omit<RowProblem, 'row' | 'id'>[];
  values: RowValues;
  /** Set when the row's tag change comes from Add/Remove tags columns alone. */
  tagOp: TagOperation | null;
}

/**
 * Checks spreadsheet rows against the loaded videos with the grid's rules and turns the valid ones into
 * cell writes. Rows are fed in slices (`add`) so the page stays responsive between them.
 */
export function createImportPlanner(context: PlanContext) {
  const { state, mapping, headers, t } = context;
  const locator = locatorOf(mapping);
  if (locator === null) throw new Error('createImportPlanner needs a mapping with an ID column');
  const columnOf = (kind: SheetColumnKind) => mapping.indexOf(kind);
  const columns = {
    title: columnOf('title'),
    description: columnOf('description'),
    coverUrl: columnOf('coverUrl'),
    // With a VideoId column, a ReferenceId column holds new Reference IDs; otherwise it only locates rows.
    referenceId: locator.kind === 'videoId' ? columnOf('referenceId') : -1,
    tags: columnOf('tags'),
    addTags: columnOf('addTags'),
    removeTags: columnOf('removeTags'),
    category: columnOf('category'),
    cateId: columnOf('cateId'),
  };

  // Files repeat a handful of categories on every row; resolving each text once keeps 100,000 rows fast.
  const resolvedCategories = new Map<string, number | null>();
  const categoryOf = (text: string): number | null => {
    let id = resolvedCategories.get(text);
    if (id === undefined) {
      id = resolveCategory(context.categories, text);
      resolvedCategories.set(text, id);
    }
    return id;
  };

  const rowOfVideo = new Map<string, number>();
  const rowOfNewReference = new Map<string, number>();
  const problems: RowProblem[] = [];
  const problemCounts = new Map<RowProblemKind, number>();
  const writes: CellWrite[] = [];
  const tagOps = new Map<string, TagOperation>();
  let rowCount = 0;
  let changedVideos = 0;
  let unchangedRows = 0;

  const report = (row: number, id: string, items: readonly Omit<RowProblem, 'row' | 'id'>[]) => {
    const kinds = new Set<RowProblemKind>();
    for (const item of items) {
      problems.push({ row, id, ...item });
      kinds.add(item.kind);
    }
    for (const kind of kinds) problemCounts.set(kind, (problemCounts.get(kind) ?? 0) + 1);
  };

  const checkRow = (videoId: string, cells: readonly string[]): RowOutcome => {
    const outcome: RowOutcome = { problems: [], values: new Map(), tagOp: null };
    const { values } = outcome;
    const invalid = (column: number, detail: string, kind: RowProblemKind = 'invalidValue') =>
      outcome.problems.push({ kind, column: headers[column], detail });
    const valueAt = (id: string, field: EditableField) =>
      values.has(field) ? values.get(field) : currentValue(state, id, field);

    for (const field of TEXT_COLUMNS) {
      const cell = readCell(cells[columns[field]]);
      if (cell.kind !== 'keep') values.set(field, cell.kind === 'clear' ? '' : cell.text);
    }
    const tags = readCell(cells[columns.tags]);
    if (tags.kind !== 'keep') values.set('tags', tags.kind === 'clear' ? [] : parseTags(tags.text));
    for (const kind of TAG_OPERATIONS) {
      const cell = readCell(cells[columns[kind]]);
      if (cell.kind === 'keep') continue;
      if (cell.kind === 'clear') {
        invalid(columns[kind], t('spreadsheet.details.clearNotAllowed'));
        continue;
      }
      // The grid's bulk tag actions decide how an added or removed tag lands on a video.
      const named = parseTags(cell.text);
      const operation: BulkOperation = { kind, tags: named };
      for (const write of planBulk(operation, [videoId], valueAt)) values.set(write.field, write.value);
      if (tags.kind === 'keep') {
        const op = kind === 'addTags' ? { add: named, remove: [] } : { add: [], remove: named };
        outcome.tagOp = outcome.tagOp ? mergeTagOperations(outcome.tagOp, op) : op;
      }
    }
    readCategory(videoId, cells, values, invalid);

    for (const [field, value] of values) {
      const current = currentValue(state, videoId, field) as CellValue;
      if (fieldEquals(field, current as never, value as never)) {
        values.delete(field);
        continue;
      }
      const issue = context.validator.draftIssue(state, videoId, field, value);
      const column =
        field === 'tags'
          ? firstPresent(columns.tags, columns.addTags, columns.removeTags)
          : columnOfField(field);
      if (issue) invalid(column, issueText(t, field, issue));
      else if (field === 'referenceId' && value !== '') {
        const other = rowOfNewReference.get(value as string);
        if (other !== undefined) invalid(column, t('spreadsheet.details.referenceIdTwice', { row: other }));
      }
    }
    return outcome;
  };

  const columnOfField = (field: EditableField): number => {
    if (field === 'cateId') return firstPresent(columns.category, columns.cateId);
    return columns[field as (typeof TEXT_COLUMNS)[number]];
  };

  /** Category by ID or path, from the Category and CateId columns; the one that differs from the video wins. */
  const readCategory = (
    videoId: string,
    cells: readonly string[],
    values: RowValues,
    invalid: (column: number, detail: string, kind?: RowProblemKind) => void,
  ) => {
    const current = currentValue(state, videoId, 'cateId');
    const proposals: number[] = [];
    for (const column of [columns.category, columns.cateId]) {
      const cell = readCell(cells[column]);
      if (cell.kind === 'keep') continue;
      if (cell.kind === 'clear') {
        values.set('cateId', null);
        return;
      }
      const id = categoryOf(cell.text);
      if (id === null) {
        invalid(column, t('spreadsheet.details.unknownCategory', { text: cell.text }), 'unknownCategory');
        return;
      }
      if (id !== current) proposals.push(id);
    }
    if (proposals.length === 2 && proposals[0] !== proposals[1]) {
      invalid(columns.category, t('spreadsheet.details.categoryConflict'), 'categoryConflict');
      return;
    }
    if (proposals.length > 0) values.set('cateId', proposals[0]!);
  };

  return {
    /** Checks the next rows of the file, in file order. */
    add(rows: readonly (readonly string[])[]) {
      for (const cells of rows) {
        const row = rowCount + 2;
        rowCount++;
        const id = (cells[locator.index] ?? '').trim();
        if (id === '') {
          report(row, id, [{ kind: 'missingId', detail: t('spreadsheet.details.missingId') }]);
          continue;
        }
        const videoId = locator.kind === 'videoId' ? id : context.videoByReference(id);
        if (videoId === undefined || !state.base.has(videoId)) {
          const detail =
            locator.kind === 'videoId'
              ? t('spreadsheet.details.unknownVideoId', { id })
              : t('spreadsheet.details.unknownReferenceId', { id });
          report(row, id, [{ kind: 'unknownId', detail }]);
          continue;
        }
        const first = rowOfVideo.get(videoId);
        if (first !== undefined) {
          report(row, id, [
            { kind: 'duplicateRow', detail: t('spreadsheet.details.duplicateRow', { row: first }) },
          ]);
          continue;
        }
        rowOfVideo.set(videoId, row);
        const outcome = checkRow(videoId, cells);
        if (outcome.problems.length > 0) {
          report(row, id, outcome.problems);
          continue;
        }
        if (outcome.values.size === 0) {
          unchangedRows++;
          report(row, id, [{ kind: 'unchanged', detail: t('spreadsheet.details.unchanged') }]);
          continue;
        }
        changedVideos++;
        if (outcome.tagOp && outcome.values.has('tags')) tagOps.set(videoId, outcome.tagOp);
        for (const [field, value] of outcome.values) {
          writes.push({ videoId, field, value });
          if (field === 'referenceId' && value !== '') rowOfNewReference.set(value as string, row);
        }
      }
    },
    finish(): ImportPlan {
      return { rowCount, changedVideos, unchangedRows, problems, problemCounts, writes, tagOps };
    },
  };
}

const firstPresent = (...indexes: number[]): number => indexes.find((index) => index >= 0) ?? -1;
