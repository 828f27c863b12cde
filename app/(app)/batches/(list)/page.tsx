import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BatchTable } from '@/components/batches/batch-table';
import { HistoryFilterForm } from '@/components/batches/history-filter-form';
import { KeysetPager } from '@/components/batches/keyset-pager';
import { hasRole } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { listBatches } from '@/lib/db/queries/batch-history';
import { listUsers } from '@/lib/db/queries/users';
import { batchListHref, parseBatchListParams, type SearchParams } from '@/lib/history/search-params';

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

  const { cursor, ...filters } = params;

  return (
    <div className="page">
      <h1>{t('batches.listTitle')}</h1>
      <p>{isAdmin ? t('batches.listIntro') : t('batches.listIntroOwn')}</p>
      <HistoryFilterForm
        view="batches"
        filters={filters}
        people={people.map((person) => ({ id: person.id, email: person.email }))}
      />
      <BatchTable batches={page.rows} />
      <KeysetPager
        firstHref={batchListHref(filters)}
        nextHref={page.nextCursor && batchListHref({ ...filters, cursor: page.nextCursor })}
        isFirstPage={!cursor}
        labels={{ nav: t('batches.listPages'), first: t('batches.firstPage'), next: t('batches.nextPage') }}
      />
    </div>
  );
}
