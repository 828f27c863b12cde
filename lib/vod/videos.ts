import 'server-only';
import { LIMITS } from '@/lib/edits/limits';
import { chunk } from './chunk';
import { VodError } from './errors';
import { runPool } from './pool';
import { reshapeVideo } from './reshape';
import { parseGetVideoInfos } from './schemas';
import type { VodTransport } from './transport';
import type { Video } from './types';

export interface GetVideosResult {
  /** In the order the IDs were asked for, each once. */
  videos: Video[];
  missingIds: string[];
}

const CONCURRENCY = 8;

export interface GetVideosOptions {
  signal?: AbortSignal;
  /** The pacer lane the calls queue in (see Pacer). */
  lane?: string;
  /** Whether `ids` are VideoIds (default) or ReferenceIds; results and missing IDs are keyed the same way. */
  by?: 'videoId' | 'referenceId';
}

/** Fetches any number of videos by VideoId or ReferenceId, 20 per GetVideoInfos call; fails as a whole if any call fails. */
export async function getVideos(
  transport: VodTransport,
  ids: readonly string[],
  options: GetVideosOptions = {},
): Promise<GetVideosResult> {
  const { signal, lane, by = 'videoId' } = options;
  const param = by === 'referenceId' ? 'ReferenceIds' : 'VideoIds';
  const unique = [...new Set(ids.filter((id) => id.length > 0))];
  const found = new Map<string, Video>();
  const stop = new AbortController();
  const combined = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;

  await runPool(chunk(unique, LIMITS.getVideoIdsPerCall), CONCURRENCY, async (batch) => {
    try {
      const { body } = await transport.call(
        'GetVideoInfos',
        { [param]: batch.join(',') },
        { signal: combined, lane, logFields: { items: batch.length } },
      );
      for (const wire of parseGetVideoInfos(body, transport.logger).VideoList) {
        const video = reshapeVideo(wire);
        found.set(by === 'referenceId' ? video.referenceId : video.id, video);
      }
    } catch (error) {
      // Older VOD versions answer 404 when none of the IDs exist instead of listing them.
      if (error instanceof VodError && error.code === 'InvalidVideo.NotFound') return;
      stop.abort();
      throw error;
    }
  });

  const videos: Video[] = [];
  const missingIds: string[] = [];
  for (const id of unique) {
    const video = found.get(id);
    if (video) videos.push(video);
    else missingIds.push(id);
  }
  return { videos, missingIds };
}
