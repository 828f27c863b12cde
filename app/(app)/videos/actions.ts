'use server';

import { gridPreferencesSchema } from '@/components/grid/state/preferences';
import { ActionError, authedAction } from '@/lib/auth/action';
import { saveChanges, saveRequestSchema } from '@/lib/batches';
import { setUserPreference } from '@/lib/db/queries/preferences';
import { GRID_PREFERENCES_KEY } from './preferences-key';

/**
 * Starts saving the editor's changes; returns the batch id at once, the batch runs on in the server. Its
 * progress and outcomes are read through GET /api/batches/[id]/progress and …/outcomes.
 */
export const saveVideosAction = authedAction('editor', saveRequestSchema, async (request, { user }) => {
  const result = await saveChanges(user, request);
  if (!result.ok) throw new ActionError(result.code, result.message, result.fieldErrors);
  return { batchId: result.batchId };
});

/** Keeps the viewer's column choices (visibility, order, widths, sort) in their profile. */
export const saveGridPreferencesAction = authedAction(
  'viewer',
  gridPreferencesSchema,
  async (preferences, { user }) => {
    await setUserPreference(user.id, GRID_PREFERENCES_KEY, preferences);
    return null;
  },
);
