import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { authorizeBatch, listBatchOutcomes } from '@/lib/batches';
import { apiError, batchReadRoute } from '../batch-route';

export const dynamic = 'force-dynamic';

const cursorSchema = z
  .string()
  .regex(/^\d{1,15}$/)
  .transform(Number)
  .nullable();

/** One page of a save's per-video outcomes (`?cursor=` from the previous page), for the grid's rows. */
export const GET = batchReadRoute(async (batchId, user, search) => {
  const cursor = cursorSchema.safeParse(search.get('cursor'));
  if (!cursor.success) return apiError(400, 'invalid_input', (await getTranslations('auth'))('invalidInput'));
  await authorizeBatch(batchId, user);
  return listBatchOutcomes(batchId, cursor.data);
});
