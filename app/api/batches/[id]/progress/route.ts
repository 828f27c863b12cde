import { BatchError, getBatchProgress } from '@/lib/batches';
import { batchReadRoute } from '../batch-route';

export const dynamic = 'force-dynamic';

/** A save's live counts and status, polled by the grid's progress bar. */
export const GET = batchReadRoute(async (batchId, user) => {
  const progress = await getBatchProgress(batchId, user);
  if (!progress) throw new BatchError('not_found', `No batch ${batchId}`);
  return progress;
});
