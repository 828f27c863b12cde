import 'server-only';
import { log } from '@/lib/log';
import type { VideoFilter } from '@/lib/vod';
import { searchVideos, VodError } from '@/lib/vod';
import type { VideoStreamLine } from './stream-protocol';

const PAGE_SIZE = 100;

/** SearchMedia pages from a ScrollToken onwards, encoded as NDJSON lines, stopping when the client goes away. */
export function streamVideoPages(
  filter: VideoFilter,
  scrollToken: string,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let token: string | null = scrollToken;
  const line = (value: VideoStreamLine) => encoder.encode(`${JSON.stringify(value)}\n`);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (token === null || signal.aborted) {
        controller.close();
        return;
      }
      try {
        const page = await searchVideos(filter, { scrollToken: token, pageSize: PAGE_SIZE });
        token = page.videos.length === 0 ? null : page.scrollToken;
        controller.enqueue(line({ type: 'page', videos: page.videos, total: page.total }));
        if (token === null) {
          controller.enqueue(line({ type: 'done' }));
          controller.close();
        }
      } catch (error) {
        const code = error instanceof VodError ? error.code : 'internal';
        log.error('videos.stream_failed', {
          code,
          message: error instanceof Error ? error.message : String(error),
        });
        controller.enqueue(line({ type: 'error', code }));
        controller.close();
      }
    },
  });
}
