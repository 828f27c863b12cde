import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { ParsedIdList } from '@/lib/videos/id-list';
import type { Database } from '../client';
import { videoIdLists } from '../schema';
import { resolveDb } from './executor';

/** Keeps a user's pasted ID list; returns its token. */
export async function insertVideoIdList(userId: string, list: ParsedIdList, db?: Database): Promise<string> {
  const [row] = await (await resolveDb(db))
    .insert(videoIdLists)
    .values({
      userId,
      videoIds: list.ids,
      malformed: list.malformed,
      duplicates: list.duplicates,
      overLimit: list.overLimit,
    })
    .returning({ id: videoIdLists.id });
  return row!.id;
}

/** A user's ID list by its token, or null when there is none (or it is someone else's). */
export async function getVideoIdList(
  userId: string,
  token: string,
  db?: Database,
): Promise<ParsedIdList | null> {
  const rows = await (await resolveDb(db))
    .select()
    .from(videoIdLists)
    .where(and(eq(videoIdLists.id, token), eq(videoIdLists.userId, userId)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  return {
    ids: row.videoIds,
    malformed: row.malformed,
    duplicates: row.duplicates,
    overLimit: row.overLimit,
  };
}
