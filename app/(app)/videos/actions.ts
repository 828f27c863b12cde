'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { gridPreferencesSchema } from '@/components/grid/state/preferences';
import { ActionError, authedAction } from '@/lib/auth/action';
import { saveChanges, saveRequestSchema } from '@/lib/batches';
import { setUserPreference } from '@/lib/db/queries/preferences';
import { insertVideoIdList } from '@/lib/db/queries/video-id-lists';
import { MAX_ID_LIST_TEXT, parseIdList } from '@/lib/videos/id-list';
import { GRID_PREFERENCES_KEY } from './preferences-key';

/**
 * Starts saving the editor's changes; returns the batch id at once, the batch runs on in the server. Its
 * progress and outcomes are read through GET /api/batches/[id]/progress and …/outcomes.
 */
export const saveVideosAction = authedAction('editor', saveRequestSchema, async (request, { user }) => {
  const t = await getTranslations();
  const result = await saveChanges(user, request, t);
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

/**
 * Keeps a pasted list of video IDs and returns its token: the URL names the list (`list=`) instead of
 * holding thousands of IDs, which overflow its headers.
 */
export const saveVideoIdListAction = authedAction(
  'viewer',
  z.object({ text: z.string().max(MAX_ID_LIST_TEXT) }),
  async ({ text }, { user }) => ({ token: await insertVideoIdList(user.id, parseIdList(text)) }),
);
