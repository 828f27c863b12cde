import type { Metadata } from 'next';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { BatchActions } from '@/components/batches/batch-actions';
import { BatchHeader } from '@/components/batches/batch-header';
import { BatchItemsTable } from '@/components/batches/batch-items-table';
import { CallTimelineChart } from '@/components/batches/call-timeline-chart';
import { ChunkTimeline } from '@/components/batches/chunk-timeline';
import styles from '@/components/batches/history.module.css';
import { KeysetPager } from '@/components/batches/keyset-pager';
import { LiveRefresh } from '@/components/batches/live-refresh';
import { OutcomeCountList } from '@/components/batches/outcome-counts';
import { RetryFamilyNotice } from '@/components/batches/retry-family-notice';
import { getBatchProgress, getNewestRetry } from '@/lib/batches';
import { listBatchChunks, listBatchItems, listChunkTimings } from '@/lib/db/queries/batch-history';
import { QPS_LIMITS } from '@/lib/edits/limits';
import { callTimeline } from '@/lib/history/call-timeline';
import {
  type BatchDetailParams,
  batchDetailHref,
  batchExportHref,
  parseBatchDetailParams,
  type SearchParams,
} from '@/lib/history/search-params';
import { BATCH_ITEM_STATUSES } from '@/lib/history/statuses';
import { summaryText } from '@/lib/i18n/batch-text';
import { retryBatchAction, revertBatchAction } from '../actions';
import { requireBatchAccess } from './batch-access';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('batches'))('listTitle') };
}

const ITEM_PAGE_SIZE = 100;
const CHUNK_PAGE_SIZE = 50;

export default async function BatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const { batch } = await requireBatchAccess(id);

  const query = parseBatchDetailParams(await searchParams);
  const isRunning = batch.status === 'pending' || batch.status === 'running';
  const isFinished = batch.status === 'done' || batch.status === 'done_with_problems';
  const [items, chunks, progress, newestRetry, timings] = await Promise.all([
    listBatchItems({
      batchId: batch.id,
      status: query.outcome,
      search: query.q,
      cursor: query.cursor,
      limit: ITEM_PAGE_SIZE,
    }),
    listBatchChunks({ batchId: batch.id, cursor: query.chunks, limit: CHUNK_PAGE_SIZE }),
    // Only a finished batch with failures can have retryable ones; skip the count otherwise.
    isFinished && batch.counts.failed > 0 ? getBatchProgress(batch.id) : null,
    isFinished && batch.children.some((child) => child.kind === 'retry') ? getNewestRetry(batch.id) : null,
    listChunkTimings(batch.id),
  ]);
  const timeline = callTimeline(timings);
  const retrySource = newestRetry ?? progress;

  const t = await getTranslations();
  const itemFilter = { outcome: query.outcome, q: query.q };
  const href = (params: BatchDetailParams) => batchDetailHref(batch.id, params);

  return (
    <div className="page">
      <LiveRefresh isActive={isRunning} />
      <h1>
        {t('batches.detailTitle', {
          kind: t(`batches.kinds.${batch.kind}`),
          summary: summaryText(t, batch.summary, batch.total),
        })}
      </h1>
      {batch.note && <p className={styles.note}>{t('batches.noteWithText', { note: batch.note })}</p>}
      {isRunning && (
        <p className={styles.live} role="status">
          {t('batches.live')}
        </p>
      )}
      <BatchHeader batch={batch} />
      <OutcomeCountList counts={batch.counts} hrefFor={(outcome) => href({ outcome })} />
      {newestRetry && <RetryFamilyNotice newest={newestRetry} />}
      <BatchActions
        batchId={batch.id}
        canRetry={(retrySource?.retryable ?? 0) > 0}
        retriesNewest={newestRetry !== null}
        canRevert={isFinished && batch.counts.updated > 0}
        retryAction={retryBatchAction}
        revertAction={revertBatchAction}
        exportHrefs={{
          csv: batchExportHref(batch.id, 'csv'),
          json: batchExportHref(batch.id, 'json'),
        }}
      />

      {timeline.seconds.length > 0 ? (
        <CallTimelineChart timeline={timeline} limit={QPS_LIMITS.UpdateVideoInfos!} />
      ) : (
        <p className={styles.muted}>{t('batches.timeline.none')}</p>
      )}

      <section className={styles.section} aria-labelledby="batch-items">
        <h2 id="batch-items">
          {t('batches.itemsTitle')}{' '}
          <span className={styles.muted}>({t('batches.itemsSummary', { total: batch.total })})</span>
        </h2>
        <ItemFilterForm action={href({})} outcome={query.outcome} search={query.q} />
        <BatchItemsTable items={items.rows} />
        <KeysetPager
          firstHref={href(itemFilter)}
          nextHref={items.nextCursor && href({ ...itemFilter, cursor: items.nextCursor })}
          isFirstPage={!query.cursor}
          labels={{
            nav: t('batches.itemPages'),
            first: t('batches.firstItems'),
            next: t('batches.nextPage'),
          }}
        />
      </section>

      <section className={styles.section} aria-labelledby="batch-chunks">
        <h2 id="batch-chunks">{t('batches.chunksTitle')}</h2>
        <p className={styles.muted}>{t('batches.chunksIntro')}</p>
        <ChunkTimeline chunks={chunks.rows} />
        <KeysetPager
          firstHref={href({ ...itemFilter, cursor: query.cursor })}
          nextHref={
            chunks.nextCursor && href({ ...itemFilter, cursor: query.cursor, chunks: chunks.nextCursor })
          }
          isFirstPage={!query.chunks}
          labels={{
            nav: t('batches.chunkPages'),
            first: t('batches.firstItems'),
            next: t('batches.nextPage'),
          }}
        />
      </section>
    </div>
  );
}

/**
 * Outcome and search filters of a batch's videos: a plain GET form, so it works before hydration. Its field
 * names are the page's URL params (`outcome`, `q`), read back through parseBatchDetailParams.
 */
function ItemFilterForm({ action, outcome, search }: { action: string; outcome?: string; search?: string }) {
  const t = useTranslations();
  return (
    <search aria-label={t('batches.itemFilters.legend')}>
      <form action={action} className={styles.filters}>
        <label className="field">
          <span>{t('batches.itemFilters.outcome')}</span>
          <select name="outcome" defaultValue={outcome ?? ''}>
            <option value="">{t('batches.itemFilters.anyOutcome')}</option>
            {BATCH_ITEM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`batches.outcomes.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('batches.itemFilters.search')}</span>
          <input name="q" type="search" defaultValue={search ?? ''} maxLength={200} />
        </label>
        <div className={styles.filterButtons}>
          <button type="submit" className="btn btn-primary">
            {t('batches.itemFilters.apply')}
          </button>
          <Link className="btn" href={action}>
            {t('batches.itemFilters.clear')}
          </Link>
        </div>
      </form>
    </search>
  );
}
