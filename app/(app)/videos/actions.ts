'use server';

import { z } from 'zod';
import { gridPreferencesSchema } from '@/components/grid/preferences';
import { ActionError, authedAction } from '@/lib/auth/action';
import {
  authorizeBatch,
  batchErrorCode,
  getBatchProgress,
  listBatchOutcomes,
  retryBatch,
  saveChanges,
  saveRequestSchema,
} from '@/lib/batches';
import { setUserPreference } from '@/lib/db/queries/preferences';
import { saveMessages } from '@/lib/messages/save';
import { GRID_PREFERENCES_KEY } from './preferences-key';

/** Starts saving the editor's changes; returns the batch id at once, the batch runs on in the server. */
export const saveVideosAction = authedAction('editor', saveRequestSchema, async (request, { user }) => {
  const result = await saveChanges(user, request);
  if (!result.ok) throw new ActionError(result.code, result.message, result.fieldErrors);
  return { batchId: result.batchId };
});

const batchRefSchema = z.strictObject({ batchId: z.uuid() });

/** A save's live counts, for the progress bar. */
export const getSaveProgressAction = authedAction('editor', batchRefSchema, ({ batchId }, { user }) =>
  asActionError(async () => getBatchProgress(batchId, user)),
);

/** One page of a save's per-video outcomes, for the grid's rows. */
export const getSaveOutcomesAction = authedAction(
  'editor',
  batchRefSchema.extend({ cursor: z.number().int().min(0).nullable() }),
  ({ batchId, cursor }, { user }) =>
    asActionError(async () => {
      await authorizeBatch(batchId, user);
      return listBatchOutcomes(batchId, cursor);
    }),
);

/** Sends a finished save's retryable failures again as a new batch; null when there is nothing to retry. */
export const retrySaveAction = authedAction('editor', batchRefSchema, ({ batchId }, { user }) =>
  asActionError(() => retryBatch(batchId, user)),
);

async function asActionError<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const code = batchErrorCode(error);
    if (!code) throw error;
    // A batch the user may not touch is reported like a missing one: its existence is not theirs to know.
    if (code === 'unfinished') throw new ActionError('conflict', saveMessages.unfinished);
    throw new ActionError('not_found', saveMessages.notFound);
  }
}

/** Keeps the viewer's column choices (visibility, order, widths, sort) in their profile. */
export const saveGridPreferencesAction = authedAction(
  'viewer',
  gridPreferencesSchema,
  async (preferences, { user }) => {
    await setUserPreference(user.id, GRID_PREFERENCES_KEY, preferences);
    return null;
  },
);
