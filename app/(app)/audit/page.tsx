import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditTable } from '@/components/audit/audit-table';
import { HistoryFilterForm } from '@/components/batches/history-filter-form';
import { KeysetPager } from '@/components/batches/keyset-pager';
import { requireUser } from '@/lib/auth/session';
import { listAuditTrail } from '@/lib/db/queries/batch-history';
import { listUsers } from '@/lib/db/queries/users';
import { auditExportHref, auditHref, parseAuditParams, type SearchParams } from '@/lib/history/search-params';

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
  const { cursor, ...filters } = params;

  return (
    <div className="page">
      <h1>{t('audit.pageTitle')}</h1>
      <p>{t('audit.intro')}</p>
      <HistoryFilterForm
        view="audit"
        filters={filters}
        people={people.map((person) => ({ id: person.id, email: person.email }))}
      />
      <p>
        <a className="btn" href={auditExportHref(filters)} download>
          {t('audit.exportCsv')}
        </a>
      </p>
      <AuditTable events={page.rows} />
      <KeysetPager
        firstHref={auditHref(filters)}
        nextHref={page.nextCursor && auditHref({ ...filters, cursor: page.nextCursor })}
        isFirstPage={!cursor}
        labels={{ nav: t('audit.pages'), first: t('audit.firstPage'), next: t('audit.nextPage') }}
      />
    </div>
  );
}
