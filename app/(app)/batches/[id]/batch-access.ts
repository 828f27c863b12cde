import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { cache } from 'react';
import { requireUser } from '@/lib/auth/session';
import { canActOnBatch } from '@/lib/batches';
import { getBatchDetail } from '@/lib/db/queries/batch-history';

/**
 * The signed-in editor and the batch they may see, or a 404 / 403. Once per request: the layout asks
 * first (so the refusal keeps its status ahead of the loading skeleton), the page reuses the answer.
 */
export const requireBatchAccess = cache(async (id: string) => {
  const user = await requireUser('editor', `/batches/${id}`);
  const batch = await getBatchDetail(id);
  if (!batch) notFound();
  if (!canActOnBatch(user, batch)) forbidden();
  return { user, batch };
});
