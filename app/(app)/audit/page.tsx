import { AuditTable } from '@/components/audit/audit-table';
import { HistoryFilterForm } from '@/components/batches/history-filter-form';
import { KeysetPager } from '@/components/batches/keyset-pager';
import { searchHref } from '@/components/batches/search-href';
import { AUDIT_ACTIONS } from '@/lib/audit/actions';
import { requireUser } from '@/lib/auth/session';
import { listAuditTrail } from '@/lib/db/queries/batch-history';
import { listUsers } from '@/lib/db/queries/users';
import { messages } from '@/lib/messages';
import { parseAuditParams, type SearchParams } from '../batches/search-params';

export const metadata = { title: messages.audit.pageTitle };

const t = messages.audit;
const PAGE_SIZE = 100;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser('admin', '/audit');
  const params = parseAuditParams(await searchParams);
  const [page, people] = await Promise.all([
    listAuditTrail({
      filter: { actorId: params.actor, action: params.action, from: params.from, to: params.to },
      cursor: params.cursor,
      limit: PAGE_SIZE,
    }),
    listUsers(),
  ]);
  const filterParams = {
    actor: params.actor,
    action: params.action,
    from: params.from?.toISOString(),
    to: params.to?.toISOString(),
  };

  return (
    <div className="page">
      <h1>{t.pageTitle}</h1>
      <p>{t.intro}</p>
      <HistoryFilterForm
        path="/audit"
        legend={t.filters.legend}
        selects={[
          {
            name: 'actor',
            label: t.filters.actor,
            anyLabel: t.filters.anyActor,
            options: people.map((person) => ({ value: person.id, label: person.email })),
            value: params.actor,
          },
          {
            name: 'action',
            label: t.filters.action,
            anyLabel: t.filters.anyAction,
            options: AUDIT_ACTIONS.map((action) => ({ value: action, label: t.actionLabel(action) })),
            value: params.action,
          },
        ]}
        range={{ from: filterParams.from, to: filterParams.to }}
        labels={t.filters}
      />
      <p>
        <a className="btn" href={searchHref('/api/audit/export', filterParams)} download>
          {t.exportCsv}
        </a>
      </p>
      <AuditTable events={page.rows} />
      <KeysetPager
        path="/audit"
        params={filterParams}
        nextCursor={page.nextCursor}
        isFirstPage={!params.cursor}
        labels={{ nav: t.pages, first: t.firstPage, next: t.nextPage }}
      />
    </div>
  );
}
