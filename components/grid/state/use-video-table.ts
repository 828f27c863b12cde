import {
  type ColumnOrderState,
  type ColumnSizingState,
  type ColumnVisibilityState,
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  constructSortFn,
  createColumnHelper,
  createSortedRowModel,
  functionalUpdate,
  metaHelper,
  rowSortingFeature,
  type SortingState,
  sortFn_basic,
  tableFeatures,
  type Updater,
  useTable,
} from '@tanstack/react-table';
import { useLocale } from 'next-intl';
import { type CSSProperties, useEffect, useMemo, useRef, useState } from 'react';
import { textComparer } from '@/lib/i18n/collate';
import type { Locale } from '@/lib/i18n/locales';
import type { GridSortParam } from '@/lib/videos/filter-params';
import type { Video } from '@/lib/vod';
import { GRID_COLUMNS_BY_ID, type GridColumn } from '../columns';
import {
  CONFIGURABLE_COLUMN_IDS,
  type ConfigurableColumnId,
  DEFAULT_GRID_PREFERENCES,
  type GridPreferences,
  pinnedColumns,
} from './preferences';

export const gridFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnResizingFeature,
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
  columnMeta: metaHelper<GridColumn>(),
});

const helper = createColumnHelper<typeof gridFeatures, Video>();

const spec = (id: GridColumn['id']) => {
  const column = GRID_COLUMNS_BY_ID.get(id)!;
  return {
    id,
    size: column.size,
    minSize: column.minSize,
    enableHiding: column.isConfigurable,
    enableResizing: column.isConfigurable,
    enableSorting: column.isConfigurable,
    meta: column,
  };
};

/** Text in the language's order (pinyin for Chinese), as the viewer reads the column. */
const collated = (locale: Locale) => {
  const compare = textComparer(locale);
  return constructSortFn({
    resolveDataValue: (value) => (value == null ? '' : String(value)),
    sort: (a: string, b: string) => compare(a, b),
  });
};

/**
 * Column definitions, built once per language and kept, so they never change identity while the viewer
 * works (TanStack/table#1346). Sorting reads the loaded values, so rows do not jump while the viewer edits them.
 */
function buildColumns(locale: Locale) {
  const text = collated(locale);
  return helper.columns([
    helper.display(spec('select')),
    helper.display(spec('outcome')),
    helper.display({ ...spec('cover'), enableSorting: false }),
    helper.accessor('id', { ...spec('videoId'), sortFn: text }),
    helper.accessor('title', { ...spec('title'), sortFn: text }),
    helper.accessor('description', { ...spec('description'), sortFn: text }),
    helper.accessor((video) => video.tags.join(', '), { ...spec('tags'), sortFn: text }),
    helper.accessor((video) => video.cateName ?? '', { ...spec('category'), sortFn: text }),
    helper.accessor('coverUrl', { ...spec('coverUrl'), sortFn: text }),
    helper.accessor('referenceId', { ...spec('referenceId'), sortFn: text }),
    helper.accessor('status', { ...spec('status'), sortFn: text }),
    helper.accessor((video) => video.durationSec ?? -1, { ...spec('duration'), sortFn: 'basic' }),
    helper.accessor((video) => video.modificationTime ?? video.creationTime, {
      ...spec('modified'),
      sortFn: 'basic',
    }),
  ]);
}

const columnsByLocale = new Map<Locale, ReturnType<typeof buildColumns>>();

function columnsFor(locale: Locale) {
  let columns = columnsByLocale.get(locale);
  if (!columns) {
    columns = buildColumns(locale);
    columnsByLocale.set(locale, columns);
  }
  return columns;
}

const getRowId = (video: Video) => video.id;

const ROW_HEADER_COLUMNS = ['select', 'outcome'];

/** Preferences with every configurable column in the order, so a new column still appears. */
function completeOrder(order: readonly ConfigurableColumnId[]): ConfigurableColumnId[] {
  const seen = new Set(order);
  return [...order, ...CONFIGURABLE_COLUMN_IDS.filter((id) => !seen.has(id))];
}

const isConfigurable = (id: string): id is ConfigurableColumnId =>
  (CONFIGURABLE_COLUMN_IDS as readonly string[]).includes(id);

const REPORT_DELAY_MS = 400;

export interface VideoTableOptions {
  videos: readonly Video[];
  preferences: GridPreferences | null;
  onPreferencesChange: (preferences: GridPreferences) => void;
  showOutcomeColumn: boolean;
  /** The sort the URL names, which wins over the stored one when the grid opens. */
  urlSort: GridSortParam | null;
}

/**
 * The TanStack table behind the grid: column visibility, order, widths and sort, held as the viewer's
 * preferences and reported (debounced, so a resize drag is one report) for the page to persist.
 */
export function useVideoTable({
  videos,
  preferences,
  onPreferencesChange,
  showOutcomeColumn,
  urlSort,
}: VideoTableOptions) {
  const [prefs, setPrefs] = useState<GridPreferences>(() => {
    const stored = preferences ?? DEFAULT_GRID_PREFERENCES;
    if (urlSort === null || !isConfigurable(urlSort.id)) return stored;
    return { ...stored, sort: [{ id: urlSort.id, desc: urlSort.desc }] };
  });
  // What the server holds: a sort the URL names over it is the viewer's new choice, reported like a click.
  // (Starting from the merged value made the effect below take the stored sort back over the URL's.)
  const lastReported = useRef(JSON.stringify(preferences ?? prefs));

  // Preferences that arrive after mount (or change elsewhere) replace ours unless they are what we sent.
  useEffect(() => {
    if (preferences && JSON.stringify(preferences) !== lastReported.current) {
      lastReported.current = JSON.stringify(preferences);
      setPrefs(preferences);
    }
  }, [preferences]);

  const report = useRef(onPreferencesChange);
  report.current = onPreferencesChange;
  useEffect(() => {
    const json = JSON.stringify(prefs);
    if (json === lastReported.current) return;
    const timer = setTimeout(() => {
      lastReported.current = json;
      report.current(prefs);
    }, REPORT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [prefs]);

  const sorting = useMemo<SortingState>(() => prefs.sort, [prefs.sort]);
  const pinned = pinnedColumns(prefs);
  const columnOrder = useMemo<ColumnOrderState>(
    () => [...ROW_HEADER_COLUMNS, ...completeOrder(prefs.order)],
    [prefs.order],
  );
  const columnVisibility = useMemo<ColumnVisibilityState>(() => {
    const visibility: ColumnVisibilityState = { outcome: showOutcomeColumn };
    for (const id of prefs.hidden) visibility[id] = false;
    return visibility;
  }, [prefs.hidden, showOutcomeColumn]);
  const columnSizing = prefs.sizes as ColumnSizingState;

  const locale = useLocale();
  const table = useTable({
    features: gridFeatures,
    columns: columnsFor(locale),
    data: videos as Video[],
    getRowId,
    state: { sorting, columnOrder, columnVisibility, columnSizing },
    onSortingChange: (updater: Updater<SortingState>) =>
      setPrefs((p) => ({
        ...p,
        sort: functionalUpdate(updater, p.sort as SortingState)
          .filter((s) => isConfigurable(s.id))
          .slice(0, 1) as GridPreferences['sort'],
      })),
    onColumnOrderChange: (updater: Updater<ColumnOrderState>) =>
      setPrefs((p) => ({
        ...p,
        order: functionalUpdate(updater, [...ROW_HEADER_COLUMNS, ...completeOrder(p.order)]).filter(
          isConfigurable,
        ),
      })),
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) =>
      setPrefs((p) => {
        const current: ColumnVisibilityState = Object.fromEntries(p.hidden.map((id) => [id, false]));
        const next = functionalUpdate(updater, current);
        return { ...p, hidden: CONFIGURABLE_COLUMN_IDS.filter((id) => next[id] === false) };
      }),
    onColumnSizingChange: (updater: Updater<ColumnSizingState>) =>
      setPrefs((p) => {
        const next = functionalUpdate(updater, p.sizes as ColumnSizingState);
        const sizes: GridPreferences['sizes'] = {};
        for (const [id, size] of Object.entries(next)) {
          if (isConfigurable(id)) sizes[id] = Math.round(Math.max(40, Math.min(2000, size)));
        }
        return { ...p, sizes };
      }),
    columnResizeMode: 'onChange',
    enableMultiSort: false,
  });

  const visibleLeafColumns = table.getVisibleLeafColumns();
  const isPinned = (id: string) => (pinned as readonly string[]).includes(id);
  const visibleKey = visibleLeafColumns
    .map((column) => `${column.id}${isPinned(column.id) ? '*' : ''}`)
    .join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the id list (with pins) is the identity that matters.
  const visibleColumns = useMemo<GridColumn[]>(
    () =>
      visibleLeafColumns.map((column) => {
        const meta = column.columnDef.meta as GridColumn;
        return isPinned(meta.id) ? { ...meta, isPinned: true } : meta;
      }),
    [visibleKey],
  );

  // Widths, and for each pinned column where it sticks: after the pinned columns before it. Pins need not
  // be next to each other; a column between two pins scrolls away under the second one.
  const sizeVars = {} as Record<string, string>;
  let totalWidth = 0;
  let pinnedWidth = 0;
  for (const column of visibleLeafColumns) {
    const size = column.getSize();
    sizeVars[`--vg-col-${column.id}`] = `${size}px`;
    totalWidth += size;
    if (isPinned(column.id)) {
      sizeVars[`--vg-left-${column.id}`] = `${pinnedWidth}px`;
      pinnedWidth += size;
    } else if (ROW_HEADER_COLUMNS.includes(column.id)) pinnedWidth += size;
  }

  const rowModel = table.getRowModel();
  const rows = useMemo(() => rowModel.rows.map((row) => row.original), [rowModel]);

  return {
    table,
    rows,
    visibleColumns,
    sizeStyle: { ...sizeVars, '--vg-total-width': `${totalWidth}px` } as CSSProperties,
    preferences: prefs,
    resetPreferences: () => setPrefs(DEFAULT_GRID_PREFERENCES),
    togglePinned: (id: ConfigurableColumnId) =>
      setPrefs((p) => {
        const current = pinnedColumns(p);
        return {
          ...p,
          pinned: current.includes(id) ? current.filter((other) => other !== id) : [...current, id],
        };
      }),
  };
}

export type VideoTable = ReturnType<typeof useVideoTable>['table'];
