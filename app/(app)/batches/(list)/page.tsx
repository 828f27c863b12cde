import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BatchTable } from '@/components/batches/batch-table';
import { HistoryFilterForm } from '@/components/batches/history-filter-form';
import { KeysetPager } from '@/components/batches/keyset-pager';
import { hasRole } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { BATCH_OUTCOMES, BATCH_STATUSES, listBatches } from '@/lib/db/queries/batch-history';
import { listUsers } from '@/lib/db/queries/users';
import { parseBatchListParams, type SearchParams } from '../search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('batches'))('listTitle') };
}

const PAGE_SIZE = 50;

export default async function BatchesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser('editor', '/batches');
  const t = await getTranslations();
  const params = parseBatchListParams(await searchParams);
  const isAdmin = hasRole(user, 'admin');
  const [page, people] = await Promise.all([
    listBatches({
      viewer: user,
      filter: {
        userId: params.user,
        outcome: params.outcome,
        status: params.status,
        from: params.from,
        to: params.to,
        search: params.q,
      },
      cursor: params.cursor,
      limit: PAGE_SIZE,
    }),
    isAdmin ? listUsers() : Promise.resolve([]),
  ]);

  const filterParams = {
    user: params.user,
    outcome: params.outcome,
    status: params.status,
    from: params.from?.toISOString(),
    to: params.to?.toISOString(),
    q: params.q,
  };
  const userSelect = {
    name: 'user',
    label: t('batches.filters.user'),
    anyLabel: t('batches.filters.anyUser'),
    options: people.map((person) => ({ value: person.id, label: person.email })),
    value: params.user,
  };

  return (
    <div className="page">
      <h1>{t('batches.listTitle')}</h1>
      <p>{isAdmin ? t('batches.listIntro') : t('batches.listIntroOwn')}</p>
      <HistoryFilterForm
        path="/batches"
        legend={t('batches.filters.legend')}
        search={{ label: t('batches.filters.search'), value: params.q }}
        selects={[
          ...(isAdmin ? [userSelect] : []),
          {
            name: 'outcome',
            label: t('batches.filters.outcome'),
            anyLabel: t('batches.filters.anyOutcome'),
            options: BATCH_OUTCOMES.map((outcome) => ({
              value: outcome,
              label: t(`batches.outcomes.${outcome}`),
            })),
            value: params.outcome,
          },
          {
            name: 'status',
            label: t('batches.filters.status'),
            anyLabel: t('batches.filters.anyStatus'),
            options: BATCH_STATUSES.map((status) => ({
              value: status,
              label: t(`batches.statuses.${status}`),
            })),
            value: params.status,
          },
        ]}
        range={{ from: filterParams.from, to: filterParams.to }}
        labels={{
          from: t('batches.filters.from'),
          to: t('batches.filters.to'),
          apply: t('batches.filters.apply'),
          clear: t('batches.filters.clear'),
        }}
      />
      <BatchTable batches={page.rows} />
      <KeysetPager
        path="/batches"
        params={filterParams}
        nextCursor={page.nextCursor}
        isFirstPage={!params.cursor}
        labels={{ nav: t('batches.listPages'), first: t('batches.firstPage'), next: t('batches.nextPage') }}
      />
    </div>
  );
}
