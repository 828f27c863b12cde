import { getTranslations } from 'next-intl/server';
import { requireApiUser } from '@/lib/auth/session';
import { type AuditEventView, listAuditTrail } from '@/lib/db/queries/batch-history';
import { auditCsvText } from '@/lib/export/audit-export';
import { streamText } from '@/lib/export/stream';
import { parseAuditParams } from '@/lib/history/search-params';

export const dynamic = 'force-dynamic';

const PAGE = 500;

/** Downloads the audit trail as CSV, with the same filters as /audit (admins only). */
export async function GET(request: Request): Promise<Response> {
  const user = await requireApiUser('admin');
  if (user instanceof Response) return user;
  const params = parseAuditParams(Object.fromEntries(new URL(request.url).searchParams));
  const filter = { actorId: params.actor, action: params.action, from: params.from, to: params.to };

  async function* pages(): AsyncGenerator<AuditEventView[]> {
    let cursor: string | null = null;
    do {
      const page = await listAuditTrail({ filter, cursor, limit: PAGE });
      yield page.rows;
      cursor = page.nextCursor;
    } while (cursor);
  }

  const t = await getTranslations();
  const day = new Date().toISOString().slice(0, 10);
  return streamText(auditCsvText(pages(), t), {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="audit-${day}.csv"`,
  });
}
