'use client';

import type { GridPreferences } from '@/components/grid/preferences';
import { VideoGrid } from '@/components/grid/video-grid';
import { SaveProgress } from '@/components/save/save-progress';
import { useSave } from '@/components/save/use-save';
import { searchParamsFromFilter } from '@/lib/videos/filter-params';
import type { CategoryNode, VideoFilter, VideoPage } from '@/lib/vod/types';
import { FilterBar } from './filter-bar';
import { LoadProgress } from './load-progress';
import { useGridPreferences } from './use-grid-preferences';
import { useVideoStream } from './use-video-stream';

export interface VideosWorkspaceProps {
  firstPage: VideoPage;
  filter: VideoFilter;
  categories: readonly CategoryNode[];
  canEdit: boolean;
  draftKey: string;
  preferences: GridPreferences | null;
}

/** The client side of /videos: filter bar, streamed rows, the grid. */
export function VideosWorkspace({
  firstPage,
  filter,
  categories,
  canEdit,
  draftKey,
  preferences,
}: VideosWorkspaceProps) {
  const streamUrl =
    firstPage.scrollToken && firstPage.videos.length < firstPage.total
      ? `/api/videos?${withToken(searchParamsFromFilter(filter), firstPage.scrollToken)}`
      : null;
  const stream = useVideoStream(firstPage, streamUrl);
  const [gridPreferences, setGridPreferences] = useGridPreferences(preferences);
  const save = useSave(draftKey);

  return (
    <>
      <FilterBar filter={filter} categories={categories} />
      <LoadProgress
        loaded={stream.videos.length}
        total={stream.total}
        isLoading={stream.isLoading}
        errorCode={stream.errorCode}
      />
      <SaveProgress save={save} />
      <VideoGrid
        videos={stream.videos}
        total={stream.total}
        isLoadingMore={stream.isLoading}
        categories={categories}
        canEdit={canEdit}
        draftKey={draftKey}
        preferences={gridPreferences}
        onPreferencesChange={setGridPreferences}
        ensureAllLoaded={stream.ensureAllLoaded}
        outcomes={save.outcomes}
        onSave={save.onSave}
        isSaving={save.isSaving}
      />
    </>
  );
}

function withToken(params: URLSearchParams, scrollToken: string): string {
  params.set('scrollToken', scrollToken);
  return params.toString();
}
