import { BatchTable } from '@/components/batches/batch-table';
import { HistoryFilterForm } from '@/components/batches/history-filter-form';
import { KeysetPager } from '@/components/batches/keyset-pager';
import { hasRole } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { BATCH_OUTCOMES, BATCH_STATUSES, listBatches } from '@/lib/db/queries/batch-history';
import { listUsers } from '@/lib/db/queries/users';
import { messages } from '@/lib/messages';
import { parseBatchListParams, type SearchParams } from './search-params';

export const metadata = { title: messages.batches.listTitle };

const t = messages.batches;
const PAGE_SIZE = 50;

export default async function BatchesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser('editor', '/batches');
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
    label: t.filters.user,
    anyLabel: t.filters.anyUser,
    options: people.map((person) => ({ value: person.id, label: person.email })),
    value: params.user,
  };

  return (
    <div className="page">
      <h1>{t.listTitle}</h1>
      <p>{isAdmin ? t.listIntro : t.listIntroOwn}</p>
      <HistoryFilterForm
        path="/batches"
        legend={t.filters.legend}
        search={{ label: t.filters.search, value: params.q }}
        selects={[
          ...(isAdmin ? [userSelect] : []),
          {
            name: 'outcome',
            label: t.filters.outcome,
            anyLabel: t.filters.anyOutcome,
            options: BATCH_OUTCOMES.map((outcome) => ({ value: outcome, label: t.outcomes[outcome] })),
            value: params.outcome,
          },
          {
            name: 'status',
            label: t.filters.status,
            anyLabel: t.filters.anyStatus,
            options: BATCH_STATUSES.map((status) => ({ value: status, label: t.statuses[status] })),
            value: params.status,
          },
        ]}
        range={{ from: filterParams.from, to: filterParams.to }}
        labels={t.filters}
      />
      <BatchTable batches={page.rows} />
      <KeysetPager
        path="/batches"
        params={filterParams}
        nextCursor={page.nextCursor}
        isFirstPage={!params.cursor}
        labels={{ nav: t.listPages, first: t.firstPage, next: t.nextPage }}
      />
    </div>
  );
}
