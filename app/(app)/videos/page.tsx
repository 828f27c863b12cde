import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { parseGridPreferences } from '@/components/grid/state/preferences';
import { VideosWorkspace } from '@/components/videos/videos-workspace';
import { hasRole } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { getUserPreference } from '@/lib/db/queries/preferences';
import { FILTERS_COLLAPSED_COOKIE, GRID_HINT_DISMISSED_COOKIE } from '@/lib/ui/view-cookies';
import {
  filterFromSearchParams,
  gridSortFromSearchParams,
  libraryKey,
  listTokenFromSearchParams,
  withSubcategories,
} from '@/lib/videos/filter-params';
import { openIdListView } from '@/lib/videos/id-list-pages';
import { getCategories, searchVideos } from '@/lib/vod';
import { GRID_PREFERENCES_KEY } from './preferences-key';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('videos'))('pageTitle') };
}

const FIRST_PAGE_SIZE = 100;

export default async function VideosPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser('viewer');
  const params = await searchParams;
  const t = await getTranslations('videos');
  const categories = await getCategories();
  const filter = withSubcategories(filterFromSearchParams(params), categories);
  const listToken = listTokenFromSearchParams(params);
  if (listToken !== null) delete filter.videoIds;
  const cookieJar = await cookies();
  const [view, preferences] = await Promise.all([
    listToken === null
      ? searchVideos(filter, { pageSize: FIRST_PAGE_SIZE }).then((page) => ({ page, list: null }))
      : openIdListView(user.id, listToken, filter),
    getUserPreference<unknown>(user.id, GRID_PREFERENCES_KEY),
  ]);
  return (
    <>
      <h1 className="visually-hidden">{t('pageTitle')}</h1>
      {/* No key per view: the workspace, and with it the editor's edits, stays mounted across views. */}
      <VideosWorkspace
        viewKey={libraryKey(filter, listToken)}
        firstPage={view.page}
        filter={filter}
        idList={view.list}
        urlSort={gridSortFromSearchParams(params)}
        categories={categories}
        canEdit={hasRole(user, 'editor')}
        editorKey={user.id}
        preferences={parseGridPreferences(preferences)}
        isFilterBarCollapsed={cookieJar.get(FILTERS_COLLAPSED_COOKIE)?.value === '1'}
        showHint={cookieJar.get(GRID_HINT_DISMISSED_COOKIE)?.value !== '1'}
      />
    </>
  );
}
