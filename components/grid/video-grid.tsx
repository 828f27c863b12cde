import { useLocale, useTranslations } from 'next-intl';
import {
  type RefObject,
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { SpreadsheetTools } from '@/components/spreadsheet/spreadsheet-tools';
import { type GridSortParam, withGridSort } from '@/lib/videos/filter-params';
import type { CategoryNode, Video } from '@/lib/vod';
import { GridNotice, LiveRegion } from './announcer';
import { BulkBar } from './bulk-bar';
import { GridBody, HEADER_HEIGHT, ROW_HEIGHT } from './cells/grid-body';
import { GridHeader } from './cells/grid-header';
import { useSidewaysMark } from './cells/use-sideways-mark';
import { createGridController, type GridModel } from './controller/create-controller';
import { BulkDialog, type BulkKind } from './dialogs/bulk-dialog';
import { ConflictDialog } from './dialogs/conflict-dialog';
import { DraftBanner } from './dialogs/draft-banner';
import { ReviewDialog, type ReviewDialogHandle } from './dialogs/review-dialog';
import { ShortcutSheet } from './dialogs/shortcut-sheet';
import { FirstVisitHint } from './first-visit-hint';
import { FocusedCellStatus } from './focused-cell-status';
import styles from './grid.module.css';
import { GridToolbar } from './grid-toolbar';
import type { BulkOperation } from './ops/bulk';
import { planBulk } from './ops/bulk';
import { indexCategories } from './ops/categories';
import { asksForShortcuts } from './ops/shortcuts';
import { OutcomeSummary } from './outcome-summary';
import { currentValue, type EditStore } from './state/edit-store';
import { GridContext, type GridContextValue } from './state/grid-context';
import type { NavStore } from './state/nav-store';
import { type GridPreferences, pinnedColumns } from './state/preferences';
import type { RowCache } from './state/row-cache';
import { selectedAmong, selectedRowCount } from './state/row-selection';
import type { GridSession } from './state/session';
import { useBeforeUnload } from './state/use-before-unload';
import { useDraftPersistence } from './state/use-draft-persistence';
import { useVideoTable } from './state/use-video-table';
import { createValidator } from './state/validation';
import { PROBLEM_OUTCOME_KINDS } from './types';

export type { GridPreferences } from './state/preferences';

export interface VideoGridProps {
  /** Names the view (filter and sort); a new one turns "Changed only" off, so the new view shows. */
  viewKey: string;
  /** Rows loaded so far; grows (append-only) while more stream in. */
  videos: readonly Video[];
  /** Rows matching the filter (SearchMedia Total). */
  total: number;
  isLoadingMore: boolean;
  categories: readonly CategoryNode[];
  canEdit: boolean;
  /** The editor's user id: the IndexedDB namespace of their draft, one per editor whatever the view. */
  draftKey: string;
  preferences: GridPreferences | null;
  onPreferencesChange: (preferences: GridPreferences) => void;
  ensureAllLoaded: () => Promise<void>;
  /** The column sort the URL names when the page opens. */
  urlSort: GridSortParam | null;
  /** The editor's stores, owned by the workspace; the save writes outcomes and saved values into them. */
  session: GridSession;
  /** Whether to show the first-visit hint (the editor has not dismissed it on this browser). */
  showHint: boolean;
}

/** Feeds streamed-in videos to the edit store and the row cache, only the appended ones when the list grew. */
function useLoadVideos(store: EditStore, rowCache: RowCache, videos: readonly Video[]) {
  const loaded = useRef<readonly Video[]>([]);
  useLayoutEffect(() => {
    const previous = loaded.current;
    const isAppend =
      previous.length > 0 &&
      videos.length >= previous.length &&
      videos[0] === previous[0] &&
      videos[previous.length - 1] === previous[previous.length - 1];
    const fresh = isAppend ? videos.slice(previous.length) : videos;
    rowCache.remember(fresh);
    if (fresh.length > 0) store.dispatch({ type: 'load', videos: fresh });
    loaded.current = videos;
  }, [store, rowCache, videos]);
}

/**
 * The rows of every edited video, wherever they were loaded, taken when "Changed only" is switched on and
 * kept while it stays on, so a row does not vanish under the editor the moment its edit is undone.
 */
function useChangedRows(session: GridSession, isChangedOnly: boolean): readonly Video[] {
  return useMemo(() => {
    if (!isChangedOnly) return [];
    const rows: Video[] = [];
    for (const videoId of session.edit.getState().edits.keys()) {
      const row = session.rows.get(videoId);
      if (row) rows.push(row);
    }
    return rows;
  }, [session, isChangedOnly]);
}

/** After sorting, filtering or rows streaming in, focus stays on the same video where it can. */
function useFocusFollowsVideo(navStore: NavStore, rows: readonly Video[]) {
  const previous = useRef(rows);
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = rows;
    if (before === rows) return;
    const { focus } = navStore.getState();
    const videoId = before[focus.row]?.id;
    if (videoId === undefined || rows[focus.row]?.id === videoId) return;
    const index = rows.findIndex((video) => video.id === videoId);
    navStore.focus({
      row: index >= 0 ? index : Math.min(focus.row, Math.max(0, rows.length - 1)),
      col: focus.col,
    });
  }, [navStore, rows]);
}

/**
 * A new sort starts at the top (not at the focused video, wherever it sorted to) and is kept in the URL,
 * so a reload or a shared link shows the same order.
 */
function useSortStartsAtTop(
  navStore: NavStore,
  scrollRef: RefObject<HTMLDivElement | null>,
  sort: GridPreferences['sort'],
) {
  const key = JSON.stringify(sort);
  const shown = useRef(key);
  useLayoutEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    const url = new URL(window.location.href);
    url.search = withGridSort(url.searchParams, sort[0] ?? null);
    window.history.replaceState(window.history.state, '', url);
    scrollRef.current?.scrollTo({ top: 0 });
    navStore.focus({ row: 0, col: navStore.getState().focus.col });
  }, [key, sort, navStore, scrollRef]);
}

/** Opens the shortcut sheet on ? (outside fields and cells) or Ctrl+/ anywhere on the page. */
function useShortcutSheet() {
  const [isOpen, setIsOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!asksForShortcuts(event)) return;
      event.preventDefault();
      setIsOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return [isOpen, setIsOpen] as const;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * The videos grid: a spreadsheet over the loaded videos with range selection, clipboard, fill, bulk
 * actions, validation, undo/redo, drafts kept across reloads, a review before saving and save outcomes
 * shown on their rows.
 */
export function VideoGrid(props: VideoGridProps) {
  const { videos, total, categories, canEdit, session: stores } = props;
  const t = useTranslations();
  const locale = useLocale();
  const gridId = useId();
  const outcomes = useSyncExternalStore(
    stores.outcomes.subscribe,
    stores.outcomes.getState,
    stores.outcomes.getState,
  );
  const hasDomFocus = useRef(false);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  // State as well as a ref: the virtualizer must re-render once the element exists, which a ref alone
  // does not cause when the grid mounts on the client.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const attachScroller = useCallback((element: HTMLDivElement | null) => {
    scrollRef.current = element;
    setScrollElement(element);
  }, []);
  useSidewaysMark(scrollElement);

  const categoryIndex = useMemo(() => indexCategories(categories), [categories]);
  const validator = useMemo(() => createValidator(categoryIndex.ids), [categoryIndex]);

  useLoadVideos(stores.edit, stores.rows, videos);
  useBeforeUnload(stores.edit);
  const draft = useDraftPersistence(stores, props.draftKey, canEdit);
  const viewIds = useMemo(() => new Set(videos.map((video) => video.id)), [videos]);
  const [isChangedOnly, setIsChangedOnly] = useState(false);
  const changedRows = useChangedRows(stores, isChangedOnly);
  // In "Changed only" the edited rows are the whole view: all loaded, nothing more matches.
  const shownVideos = isChangedOnly ? changedRows : videos;
  const shownTotal = isChangedOnly ? changedRows.length : total;
  const shownView = useRef(props.viewKey);
  useLayoutEffect(() => {
    if (shownView.current === props.viewKey) return;
    shownView.current = props.viewKey;
    setIsChangedOnly(false);
  }, [props.viewKey]);

  const [isOnlyProblems, setIsOnlyProblems] = useState(false);
  const hasOutcomes = outcomes.size > 0;
  const {
    table,
    rows: sortedRows,
    visibleColumns,
    sizeStyle,
    preferences,
    resetPreferences,
    togglePinned,
  } = useVideoTable({
    videos: shownVideos,
    preferences: props.preferences,
    onPreferencesChange: props.onPreferencesChange,
    showOutcomeColumn: hasOutcomes,
    urlSort: props.urlSort,
  });
  const rows = useMemo(
    () =>
      isOnlyProblems && hasOutcomes
        ? sortedRows.filter((video) => {
            const kind = outcomes.get(video.id)?.kind;
            return kind !== undefined && PROBLEM_OUTCOME_KINDS.has(kind);
          })
        : sortedRows,
    [sortedRows, isOnlyProblems, hasOutcomes, outcomes],
  );
  const rowIds = useMemo(() => rows.map((video) => video.id), [rows]);
  useFocusFollowsVideo(stores.nav, rows);
  useSortStartsAtTop(stores.nav, scrollRef, preferences.sort);

  const [conflictId, setConflictId] = useState<string | null>(null);
  const review = useRef<ReviewDialogHandle>(null);
  const [bulkKind, setBulkKind] = useState<BulkKind | null>(null);
  const [isShortcutsOpen, setIsShortcutsOpen] = useShortcutSheet();
  const [isLoadingRest, setIsLoadingRest] = useState(false);

  // Event handlers read the grid as it is when the event happens, never as it was when they were made.
  const getModel = useEffectEvent(
    (): GridModel => ({
      rows,
      columns: visibleColumns,
      outcomes,
      categories: categoryIndex,
      canEdit,
      t,
      locale,
    }),
  );
  const getLoaded = useEffectEvent(() => ({
    videos: shownVideos,
    total: shownTotal,
    ensureAllLoaded: props.ensureAllLoaded,
  }));

  const [controller] = useState(() =>
    createGridController({
      editStore: stores.edit,
      navStore: stores.nav,
      selection: stores.selection,
      getModel: () => getModel(),
      getScrollElement: () => scrollRef.current,
      hasDomFocus,
      announce: stores.announcer.announce,
      notify: stores.announcer.notify,
      hasMoreRows: () => getLoaded().videos.length < getLoaded().total,
      loadMoreRows: () => loadMoreRows(),
      openConflict: setConflictId,
      rowHeight: ROW_HEIGHT,
      headerHeight: HEADER_HEIGHT,
    }),
  );

  const context = useMemo<GridContextValue>(
    () => ({
      gridId,
      editStore: stores.edit,
      rowCache: stores.rows,
      tagOps: stores.tagOps,
      navStore: stores.nav,
      selection: stores.selection,
      validator,
      categories: categoryIndex,
      categoryRoots: categories,
      canEdit,
      actions: controller.actions,
      hasDomFocus,
    }),
    [gridId, stores, validator, categoryIndex, categories, canEdit, controller],
  );

  /** The loaded videos a bulk action would apply to, for the dialog's preview while it renders. */
  const bulkTargets = useCallback(
    () =>
      selectedAmong(
        stores.selection.getState(),
        shownVideos.map((video) => video.id),
      ),
    [stores, shownVideos],
  );

  /** Waits until every matching video is loaded and rendered into the grid's rows. */
  const loadRest = useCallback(async () => {
    if (getLoaded().videos.length >= getLoaded().total) return;
    setIsLoadingRest(true);
    try {
      await getLoaded().ensureAllLoaded();
      // The parent's new rows arrive with its next render; give it a few frames to commit them.
      for (let i = 0; i < 30 && getLoaded().videos.length < getLoaded().total; i++) await nextFrame();
    } finally {
      setIsLoadingRest(false);
    }
  }, []);

  const loadMoreRows = useEffectEvent(() => loadRest());

  // The export dialog reads the grid as last committed, also while it renders, so this is a ref written
  // after each commit rather than an effect event (which may not be called during render).
  const committedView = useRef({
    rows,
    columns: visibleColumns,
    loaded: shownVideos.length,
    total: shownTotal,
  });
  useLayoutEffect(() => {
    committedView.current = { rows, columns: visibleColumns, loaded: shownVideos.length, total: shownTotal };
  });
  const gridView = useCallback(() => committedView.current, []);

  const applyBulk = useCallback(
    async (operation: BulkOperation) => {
      if (stores.selection.getState().isAllMatching) await loadRest();
      const state = stores.edit.getState();
      // Rows may have streamed in while waiting: the targets are taken from the grid as it is now.
      const targets = selectedAmong(
        stores.selection.getState(),
        getLoaded().videos.map((video) => video.id),
      );
      const writes = planBulk(operation, targets, (videoId, field) => currentValue(state, videoId, field));
      if (operation.kind === 'addTags' || operation.kind === 'removeTags') {
        const op = { add: [...operation.tags], remove: [] as string[] };
        stores.tagOps.record(writes, operation.kind === 'addTags' ? op : { add: [], remove: op.add }, state);
      }
      if (writes.length > 0) stores.edit.dispatch({ type: 'write', kind: 'bulk', writes });
      const videoCount = new Set(writes.map((w) => w.videoId)).size;
      const { t } = getModel();
      stores.announcer.announce(
        writes.length > 0
          ? t('grid.announce.bulkApplied', { cells: writes.length, videos: videoCount })
          : t('grid.announce.nothingChanged'),
      );
      setBulkKind(null);
    },
    [stores, loadRest],
  );

  const conflictOutcome = conflictId ? outcomes.get(conflictId) : undefined;
  const selectionTotal = Math.max(shownTotal, shownVideos.length);

  return (
    <GridContext.Provider value={context}>
      <div className={styles.root} style={sizeStyle}>
        {canEdit && draft.offer ? (
          <DraftBanner
            offer={draft.offer}
            onRestore={() =>
              stores.announcer.announce(t('grid.announce.restored', { count: draft.restore() }))
            }
            onDiscard={draft.discard}
          />
        ) : null}
        {props.showHint ? <FirstVisitHint /> : null}
        <GridToolbar
          table={table}
          onShortcuts={() => setIsShortcutsOpen(true)}
          onResetColumns={resetPreferences}
          pinned={pinnedColumns(preferences)}
          onTogglePinned={togglePinned}
          onHistory={controller.actions.history}
          onReview={() => review.current?.open()}
          viewIds={viewIds}
          isChangedOnly={isChangedOnly}
          onChangedOnlyChange={setIsChangedOnly}
          tools={<SpreadsheetTools getView={gridView} loadAll={loadRest} viewIds={viewIds} />}
        />
        {canEdit ? (
          <BulkBar total={shownTotal} loadedCount={shownVideos.length} onOpen={setBulkKind} />
        ) : null}
        {hasOutcomes ? (
          <OutcomeSummary
            outcomes={outcomes}
            isOnlyProblems={isOnlyProblems}
            onOnlyProblemsChange={setIsOnlyProblems}
          />
        ) : null}
        {/* biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: virtualized, absolutely positioned rows cannot live in a <table>. */}
        <div
          ref={attachScroller}
          role="grid"
          aria-label={t('grid.gridLabel')}
          aria-rowcount={(isOnlyProblems ? rows.length : Math.max(shownTotal, shownVideos.length)) + 1}
          aria-colcount={visibleColumns.length}
          aria-multiselectable="true"
          aria-readonly={canEdit ? undefined : true}
          className={styles.grid}
          onKeyDown={controller.onKeyDown}
          onMouseDown={controller.onMouseDown}
          onMouseOver={controller.onMouseOver}
          onDoubleClick={controller.onDoubleClick}
          onCopy={controller.onCopy}
          onPaste={controller.onPaste}
          onFocus={controller.onFocus}
          onBlur={controller.onBlur}
        >
          <GridHeader table={table} rowIds={rowIds} columns={visibleColumns} />
          <GridBody rows={rows} columns={visibleColumns} outcomes={outcomes} scrollElement={scrollElement} />
        </div>
        <GridNotice announcer={stores.announcer} />
        <FocusedCellStatus rows={rows} columns={visibleColumns} outcomes={outcomes} />
        <LiveRegion announcer={stores.announcer} />
        <ShortcutSheet open={isShortcutsOpen} onClose={() => setIsShortcutsOpen(false)} />
        {canEdit ? (
          <>
            <ReviewDialog ref={review} />
            <BulkDialog
              kind={bulkKind}
              targetIds={bulkTargets}
              targetCount={selectedRowCount(stores.selection.getState(), selectionTotal)}
              isLoadingRest={isLoadingRest}
              loadingMessage={t('grid.loadingRest', { loaded: shownVideos.length, total: shownTotal })}
              onApply={applyBulk}
              onClose={() => setBulkKind(null)}
            />
            <ConflictDialog
              videoId={conflictOutcome?.kind === 'conflict' ? conflictId : null}
              outcome={conflictOutcome?.kind === 'conflict' ? conflictOutcome : null}
              onClose={() => setConflictId(null)}
            />
          </>
        ) : null}
      </div>
    </GridContext.Provider>
  );
}
