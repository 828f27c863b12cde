import { getTranslations } from 'next-intl/server';
import { requireApiUser } from '@/lib/auth/session';
import { canActOnBatch } from '@/lib/batches';
import { getBatchDetail, iterateBatchItems } from '@/lib/db/queries/batch-history';
import { batchExportText, EXPORT_CONTENT_TYPES, exportFileName } from '@/lib/export/batch-export';
import { streamText } from '@/lib/export/stream';
import { parseExportFormat } from '@/lib/history/search-params';

export const dynamic = 'force-dynamic';

/** Downloads a batch as CSV or JSON, streamed page by page, for an admin or the batch's own editor. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const user = await requireApiUser('editor');
  if (user instanceof Response) return user;
  const t = await getTranslations();

  const format = parseExportFormat(new URL(request.url).searchParams);
  if (!format) return errorResponse(400, 'invalid_input', t('batches.export.badFormat'));

  const batch = await getBatchDetail((await params).id);
  if (!batch) return errorResponse(404, 'not_found', t('batches.export.notFound'));
  if (!canActOnBatch(user, batch)) return errorResponse(403, 'forbidden', t('batches.export.forbidden'));

  const { children: _children, ...summary } = batch;
  const pieces = batchExportText(format, summary, iterateBatchItems(batch.id), new Date(), t);
  return streamText(pieces, {
    'Content-Type': EXPORT_CONTENT_TYPES[format],
    'Content-Disposition': `attachment; filename="${exportFileName(batch, format)}"`,
  });
}

function errorResponse(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}
