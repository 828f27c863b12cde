import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requireApiUser } from '@/lib/auth/session';
import { log } from '@/lib/log';
import { LOOKUP_MAX_IDS } from '@/lib/spreadsheet/lookup';
import { getVideos, VodError } from '@/lib/vod';

export const dynamic = 'force-dynamic';

const idList = z.array(z.string().trim().min(1).max(128)).max(LOOKUP_MAX_IDS).default([]);
const bodySchema = z.object({ videoIds: idList, referenceIds: idList });

/**
 * Looks up videos a spreadsheet import names but the grid has not loaded, by VideoId and ReferenceId:
 * GetVideoInfos, 20 IDs per call under the account's pacer. A read, so a POST route and not a server
 * action; POST because a thousand IDs do not fit a URL. Editors only, as only they import.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await requireApiUser('editor');
  if (user instanceof Response) return user;
  const t = await getTranslations('spreadsheet.lookup');
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return errorResponse(400, 'invalid_input', t('invalidInput'));
  const { videoIds, referenceIds } = parsed.data;
  try {
    const [byId, byReference] = await Promise.all([
      getVideos(videoIds, { signal: request.signal }),
      getVideos(referenceIds, { signal: request.signal, by: 'referenceId' }),
    ]);
    return Response.json(
      {
        videos: [...byId.videos, ...byReference.videos],
        missingVideoIds: byId.missingIds,
        missingReferenceIds: byReference.missingIds,
      },
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (error) {
    log.error('videos.lookup_failed', {
      code: error instanceof VodError ? error.code : 'internal',
      message: error instanceof Error ? error.message : String(error),
    });
    return errorResponse(502, 'vod_failed', t('failed'));
  }
}

function errorResponse(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}
