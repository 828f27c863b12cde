import { getTranslations } from 'next-intl/server';
import { authorizeBatch, listBatchOutcomes } from '@/lib/batches';
import { parseOutcomesCursor } from '@/lib/history/search-params';
import { apiError, batchReadRoute } from '../batch-route';

export const dynamic = 'force-dynamic';

/** One page of a save's per-video outcomes (`?cursor=` from the previous page), for the grid's rows. */
export const GET = batchReadRoute(async (batchId, user, search) => {
  const page = parseOutcomesCursor(search);
  if (!page) return apiError(400, 'invalid_input', (await getTranslations('auth'))('invalidInput'));
  await authorizeBatch(batchId, user);
  return listBatchOutcomes(batchId, page.cursor);
});
