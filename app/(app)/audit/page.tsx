import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditTable } from '@/components/audit/audit-table';
import { HistoryFilterForm } from '@/components/batches/history-filter-form';
import { KeysetPager } from '@/components/batches/keyset-pager';
import { searchHref } from '@/components/batches/search-href';
import { AUDIT_ACTIONS } from '@/lib/audit/actions';
import { requireUser } from '@/lib/auth/session';
import { listAuditTrail } from '@/lib/db/queries/batch-history';
import { listUsers } from '@/lib/db/queries/users';
import { auditActionLabel } from '@/lib/i18n/audit-text';
import { parseAuditParams, type SearchParams } from '../batches/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('pageTitle') };
}

const PAGE_SIZE = 100;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser('admin', '/audit');
  const t = await getTranslations();
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
      <h1>{t('audit.pageTitle')}</h1>
      <p>{t('audit.intro')}</p>
      <HistoryFilterForm
        path="/audit"
        legend={t('audit.filters.legend')}
        selects={[
          {
            name: 'actor',
            label: t('audit.filters.actor'),
            anyLabel: t('audit.filters.anyActor'),
            options: people.map((person) => ({ value: person.id, label: person.email })),
            value: params.actor,
          },
          {
            name: 'action',
            label: t('audit.filters.action'),
            anyLabel: t('audit.filters.anyAction'),
            options: AUDIT_ACTIONS.map((action) => ({ value: action, label: auditActionLabel(t, action) })),
            value: params.action,
          },
        ]}
        range={{ from: filterParams.from, to: filterParams.to }}
        labels={{
          from: t('audit.filters.from'),
          to: t('audit.filters.to'),
          apply: t('audit.filters.apply'),
          clear: t('audit.filters.clear'),
        }}
      />
      <p>
        <a className="btn" href={searchHref('/api/audit/export', filterParams)} download>
          {t('audit.exportCsv')}
        </a>
      </p>
      <AuditTable events={page.rows} />
      <KeysetPager
        path="/audit"
        params={filterParams}
        nextCursor={page.nextCursor}
        isFirstPage={!params.cursor}
        labels={{ nav: t('audit.pages'), first: t('audit.firstPage'), next: t('audit.nextPage') }}
      />
    </div>
  );
}
