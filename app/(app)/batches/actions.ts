'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ActionError, authedAction } from '@/lib/auth/action';
import { type BatchActor, batchProblem, retryBatch, revertBatch } from '@/lib/batches';

const batchIdSchema = z.strictObject({ batchId: z.uuid() });

/**
 * Starts a batch linked to the given one. lib/batches checks on the server that the user is an admin or the
 * batch's own editor; its refusals reach the browser through the one batch-problem mapping.
 */
async function startLinkedBatch(
  start: (batchId: string, actor: BatchActor) => Promise<{ batchId: string } | null>,
  batchId: string,
  actor: BatchActor,
): Promise<{ batchId: string | null }> {
  try {
    const started = await start(batchId, actor);
    return { batchId: started?.batchId ?? null };
  } catch (error) {
    const problem = batchProblem(error, await getTranslations('batches'));
    if (problem) throw new ActionError(problem.code, problem.message);
    throw error;
  }
}

/** Sends the failed, retryable videos of a finished batch again, as a new linked batch (grid and batch page). */
export const retryBatchAction = authedAction('editor', batchIdSchema, ({ batchId }, { user }) =>
  startLinkedBatch(retryBatch, batchId, user),
);

/** Puts back the before-values of the videos a finished batch updated, as a new linked batch. */
export const revertBatchAction = authedAction('editor', batchIdSchema, ({ batchId }, { user }) =>
  startLinkedBatch(revertBatch, batchId, user),
);
