'use client';

import { useEffect, useRef, useState } from 'react';
import type { GridPreferences } from '@/components/grid/state/preferences';
import { createGridSession } from '@/components/grid/state/session';
import { VideoGrid } from '@/components/grid/video-grid';
import { SaveContext } from '@/components/save/save-context';
import { SaveProgress } from '@/components/save/save-progress';
import { useSave } from '@/components/save/use-save';
import { type GridSortParam, videoStreamHref } from '@/lib/videos/filter-params';
import type { IdListView } from '@/lib/videos/id-list';
import type { CategoryNode, VideoFilter, VideoPage } from '@/lib/vod';
import { EmptyResult } from './empty-result';
import { FilterBar } from './filter-bar';
import { IdListReport } from './id-list-report';
import { LoadProgress } from './load-progress';
import { useGridPreferences } from './use-grid-preferences';
import { useVideoStream } from './use-video-stream';

export interface VideosWorkspaceProps {
  /** Names the view (filter and sort); a new view resets what belongs to a view, never the edits. */
  viewKey: string;
  firstPage: VideoPage;
  filter: VideoFilter;
  /** The saved ID list the view shows, with its report; null for a view without one. */
  idList: IdListView | null;
  /** The grid's column sort the URL names. */
  urlSort: GridSortParam | null;
  categories: readonly CategoryNode[];
  canEdit: boolean;
  /** The signed-in editor's user id: drafts and remembered saves are theirs, not a view's. */
  editorKey: string;
  preferences: GridPreferences | null;
  /** Whether the filter bar starts folded to its summary (the editor's last choice on this browser). */
  isFilterBarCollapsed: boolean;
  /** Whether the grid's first-visit hint is still to be shown. */
  showHint: boolean;
}

/**
 * The client side of /videos: filter bar, streamed rows, the grid. It owns the editor's grid session, which
 * the grid reads and the save writes its outcomes into; it stays mounted while the editor changes views.
 */
export function VideosWorkspace({
  viewKey,
  firstPage,
  filter,
  idList,
  urlSort,
  categories,
  canEdit,
  editorKey,
  preferences,
  isFilterBarCollapsed,
  showHint,
}: VideosWorkspaceProps) {
  const stream = useVideoStream(firstPage, streamUrlOf(firstPage, filter, idList), idList?.missingIds);
  const [gridPreferences, setGridPreferences] = useGridPreferences(preferences);
  const [session] = useState(createGridSession);
  const save = useSave(session, editorKey);
  // A selection ("All 37 matching") belongs to the view it was made in.
  const shownView = useRef(viewKey);
  useEffect(() => {
    if (shownView.current === viewKey) return;
    shownView.current = viewKey;
    session.selection.clear();
  }, [session, viewKey]);

  return (
    <SaveContext.Provider value={save}>
      <FilterBar
        key={viewKey}
        filter={filter}
        idList={idList}
        categories={categories}
        isInitiallyCollapsed={isFilterBarCollapsed}
        status={
          <LoadProgress
            loaded={stream.videos.length}
            total={stream.total}
            isLoading={stream.isLoading}
            errorCode={stream.errorCode}
          />
        }
      />
      {idList ? (
        <IdListReport
          list={idList}
          missingIds={stream.missingIds}
          isNarrowed={Object.keys(filter).some((key) => key !== 'sort')}
        />
      ) : null}
      <SaveProgress save={save} />
      {stream.total === 0 && !stream.isLoading ? <EmptyResult /> : null}
      <VideoGrid
        viewKey={viewKey}
        videos={stream.videos}
        total={stream.total}
        isLoadingMore={stream.isLoading}
        categories={categories}
        canEdit={canEdit}
        draftKey={editorKey}
        preferences={gridPreferences}
        onPreferencesChange={setGridPreferences}
        ensureAllLoaded={stream.ensureAllLoaded}
        urlSort={urlSort}
        session={session}
        showHint={showHint && canEdit}
      />
    </SaveContext.Provider>
  );
}

/** Where the rest of the view streams from: after the first page's ScrollToken, or its offset in an ID list. */
function streamUrlOf(firstPage: VideoPage, filter: VideoFilter, idList: IdListView | null): string | null {
  if (idList) {
    if (idList.nextOffset === null) return null;
    return videoStreamHref(filter, { listToken: idList.token, offset: idList.nextOffset });
  }
  if (!firstPage.scrollToken || firstPage.videos.length >= firstPage.total) return null;
  return videoStreamHref(filter, { scrollToken: firstPage.scrollToken });
}
