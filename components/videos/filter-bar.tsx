import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { saveVideoIdListAction } from '@/app/(app)/videos/actions';
import { FILTERS_COLLAPSED_COOKIE, rememberInBrowser } from '@/lib/ui/view-cookies';
import { gridSortFromSearchParams, videosHref } from '@/lib/videos/filter-params';
import type { IdListView } from '@/lib/videos/id-list';
import type { CategoryNode, VideoFilter } from '@/lib/vod';
import { WIRE_VIDEO_STATUSES, type WireVideoStatus } from '@/lib/vod-wire/shapes';
import styles from './filter-bar.module.css';

function flatten(nodes: readonly CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** Shows every video again: the view without filters (the empty state offers it too). */
export function useClearFilters(): () => void {
  const router = useRouter();
  return () => router.push(videosHref({}));
}

/** The active filters in one line, for the folded filter bar. */
function useFilterSummary(
  filter: VideoFilter,
  idList: IdListView | null,
  categories: readonly CategoryNode[],
) {
  const t = useTranslations('videos');
  const tStatus = useTranslations('grid.statuses');
  const category = flatten(categories).find((node) => node.id === filter.cateId);
  const idCount = (idList?.ids ?? filter.videoIds)?.length ?? 0;
  const parts = [
    filter.text ? t('summary.text', { text: filter.text }) : null,
    category ? t('summary.pair', { label: t('category'), value: category.path.join(' / ') }) : null,
    filter.statuses?.length
      ? t('summary.pair', {
          label: t('status'),
          value: filter.statuses.map((status) => tStatus(status)).join(', '),
        })
      : null,
    filter.createdFrom
      ? t('summary.pair', { label: t('createdFrom'), value: filter.createdFrom.slice(0, 10) })
      : null,
    filter.createdTo
      ? t('summary.pair', { label: t('createdTo'), value: filter.createdTo.slice(0, 10) })
      : null,
    idCount > 0 ? t('summary.ids', { count: idCount }) : null,
    filter.sort === 'CreationTime:Asc' ? t('oldestFirst') : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' · ') : t('summary.none');
}

/**
 * The filter bar: submitting it changes the URL, and the server renders the new view. Pasted video IDs are
 * saved as a list first (in the action's body), and the URL carries the list's token. It folds to a
 * one-line summary, remembered in a cookie the page reads, so the grid gets the height; `status` (the load
 * progress) sits at the end of that line.
 */
export function FilterBar({
  filter,
  idList,
  categories,
  isInitiallyCollapsed,
  status,
}: {
  filter: VideoFilter;
  idList: IdListView | null;
  categories: readonly CategoryNode[];
  isInitiallyCollapsed: boolean;
  status: ReactNode;
}) {
  const t = useTranslations('videos');
  const tStatus = useTranslations('grid.statuses');
  const router = useRouter();
  const clearFilters = useClearFilters();
  const id = useId();
  const [idsState, setIdsState] = useState<'idle' | 'saving' | 'failed'>('idle');
  const [isCollapsed, setIsCollapsed] = useState(isInitiallyCollapsed);
  const summary = useFilterSummary(filter, idList, categories);

  const toggle = () => {
    setIsCollapsed(!isCollapsed);
    rememberInBrowser(FILTERS_COLLAPSED_COOKIE, isCollapsed ? '0' : '1');
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get('q') ?? '').trim();
    const category = String(form.get('category') ?? '');
    const statuses = form.getAll('status').map(String) as WireVideoStatus[];
    const from = String(form.get('from') ?? '');
    const to = String(form.get('to') ?? '');
    const idsText = String(form.get('ids') ?? '').trim();
    const next: VideoFilter = {
      ...(text ? { text } : {}),
      ...(category ? { cateId: Number(category) } : {}),
      ...(category && form.get('categoryOnly') === '1' ? { isCategoryOnly: true } : {}),
      ...(statuses.length ? { statuses } : {}),
      ...(from ? { createdFrom: `${from}T00:00:00Z` } : {}),
      ...(to ? { createdTo: `${to}T23:59:59Z` } : {}),
      ...(form.get('sort') === 'asc' ? { sort: 'CreationTime:Asc' as const } : {}),
    };
    let listToken: string | null = null;
    if (idsText) {
      setIdsState('saving');
      const saved = await saveVideoIdListAction({ text: idsText }).catch(() => null);
      if (!saved?.ok) {
        setIdsState('failed');
        return;
      }
      setIdsState('idle');
      listToken = saved.data.token;
    }
    // The grid's column sort stays as it is across filters.
    router.push(
      videosHref(next, {
        listToken,
        sort: gridSortFromSearchParams(new URLSearchParams(window.location.search)),
      }),
    );
  };

  return (
    <search aria-label={t('filterLabel')} className={styles.root}>
      <div className={styles.head}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={!isCollapsed}
          aria-controls={`${id}-form`}
          onClick={toggle}
        >
          <span aria-hidden="true" className={styles.chevron}>
            ▸
          </span>
          {t('filters')}
        </button>
        {isCollapsed ? (
          <p className={styles.summary} title={summary}>
            {summary}
          </p>
        ) : null}
        <div className={styles.status}>{status}</div>
      </div>
      {/* Folded, the form stays mounted: what the editor typed but did not apply is still there. */}
      <form id={`${id}-form`} className={styles.bar} onSubmit={submit} hidden={isCollapsed}>
        <label className="field">
          <span>{t('search')}</span>
          <input name="q" type="search" defaultValue={filter.text ?? ''} maxLength={128} />
        </label>
        <label className="field">
          <span>{t('category')}</span>
          <select name="category" defaultValue={filter.cateId === undefined ? '' : String(filter.cateId)}>
            <option value="">{t('anyCategory')}</option>
            {flatten(categories).map((node) => (
              <option key={node.id} value={node.id}>
                {node.path.join(' / ')}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.inline}>
          <input type="checkbox" name="categoryOnly" value="1" defaultChecked={filter.isCategoryOnly} />
          {t('categoryOnly')}
        </label>
        <details className={styles.statusMenu}>
          <summary className="btn">
            {t('statusSummary', {
              label: t('status'),
              statuses: filter.statuses?.length
                ? filter.statuses.map((status) => tStatus(status)).join(', ')
                : t('anyStatus'),
            })}
          </summary>
          <fieldset className={styles.statuses}>
            <legend className="visually-hidden">{t('status')}</legend>
            {WIRE_VIDEO_STATUSES.map((status) => (
              <label key={status}>
                <input
                  type="checkbox"
                  name="status"
                  value={status}
                  defaultChecked={filter.statuses?.includes(status)}
                />
                {tStatus(status)}
              </label>
            ))}
          </fieldset>
        </details>
        <label className="field">
          <span>{t('createdFrom')}</span>
          <input name="from" type="date" defaultValue={filter.createdFrom?.slice(0, 10) ?? ''} />
        </label>
        <label className="field">
          <span>{t('createdTo')}</span>
          <input name="to" type="date" defaultValue={filter.createdTo?.slice(0, 10) ?? ''} />
        </label>
        <label className="field">
          <span>{t('videoIds')}</span>
          <textarea
            name="ids"
            rows={1}
            defaultValue={(idList?.ids ?? filter.videoIds)?.join('\n') ?? ''}
            aria-describedby={`${id}-ids-hint`}
            placeholder={t('videoIdsPlaceholder')}
          />
          <span id={`${id}-ids-hint`} className="visually-hidden">
            {t('videoIdsHint')}
          </span>
        </label>
        <label className={styles.inline}>
          <input
            type="checkbox"
            name="sort"
            value="asc"
            defaultChecked={filter.sort === 'CreationTime:Asc'}
          />
          {t('oldestFirst')}
        </label>
        <div className={styles.actions}>
          <button type="submit" className="btn btn-primary" disabled={idsState === 'saving'}>
            {t('apply')}
          </button>
          <button type="button" className="btn" onClick={clearFilters}>
            {t('clear')}
          </button>
        </div>
        {idsState === 'saving' ? <p role="status">{t('savingIdList')}</p> : null}
        {idsState === 'failed' ? <p role="alert">{t('idListFailed')}</p> : null}
      </form>
    </search>
  );
}
