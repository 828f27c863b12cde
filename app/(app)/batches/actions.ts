'use server';

import { z } from 'zod';
import { ActionError, authedAction } from '@/lib/auth/action';
import { type BatchActor, batchErrorCode, retryBatch, revertBatch } from '@/lib/batches';
import { messages } from '@/lib/messages';

const t = messages.batches.actions;

const batchIdSchema = z.object({ batchId: z.uuid() });

/**
 * Starts a batch linked to the given one. lib/batches checks on the server that the user is an admin or the
 * batch's own editor. ActionError carries no 'forbidden', so "not yours" is answered like "no such batch",
 * which also does not reveal whether another user's batch exists.
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
    const code = batchErrorCode(error);
    if (!code) throw error;
    if (code === 'unfinished') throw new ActionError('conflict', t.unfinished);
    throw new ActionError('not_found', t.notYours);
  }
}

/** Sends the failed, retryable videos of a finished batch again, as a new linked batch. */
export const retryBatchAction = authedAction('editor', batchIdSchema, ({ batchId }, { user }) =>
  startLinkedBatch(retryBatch, batchId, user),
);

/** Puts back the before-values of the videos a finished batch updated, as a new linked batch. */
export const revertBatchAction = authedAction('editor', batchIdSchema, ({ batchId }, { user }) =>
  startLinkedBatch(revertBatch, batchId, user),
);
