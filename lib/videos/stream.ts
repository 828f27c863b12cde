import 'server-only';
import { log } from '@/lib/log';
import type { VideoFilter } from '@/lib/vod';
import { searchVideos, VodError } from '@/lib/vod';
import { searchIdListPage } from './id-list-pages';
import type { VideoStreamLine } from './stream-protocol';

const PAGE_SIZE = 100;

type PageLine = Extract<VideoStreamLine, { type: 'page' }>;
/** Reads the next page; `isLast` once nothing follows it. */
type NextPage = (signal: AbortSignal) => Promise<{ line: PageLine; isLast: boolean }>;

/** Pages encoded as NDJSON lines, one per pull, stopping when the client goes away. */
function streamPages(next: NextPage, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let isDone = false;
  const line = (value: VideoStreamLine) => encoder.encode(`${JSON.stringify(value)}\n`);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (isDone || signal.aborted) {
        controller.close();
        return;
      }
      try {
        const page = await next(signal);
        controller.enqueue(line(page.line));
        if (page.isLast) {
          isDone = true;
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

/** SearchMedia pages from a ScrollToken onwards, as NDJSON lines. */
export function streamVideoPages(
  filter: VideoFilter,
  scrollToken: string,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  let token = scrollToken;
  return streamPages(async () => {
    const page = await searchVideos(filter, { scrollToken: token, pageSize: PAGE_SIZE });
    const isLast = page.videos.length === 0 || page.scrollToken === null;
    if (page.scrollToken) token = page.scrollToken;
    return { line: { type: 'page', videos: page.videos, total: page.total }, isLast };
  }, signal);
}

/** An ID list's pages from `offset` onwards, as NDJSON lines naming the IDs VOD did not return. */
export function streamIdListPages(
  filter: VideoFilter,
  ids: readonly string[],
  offset: number,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  let position = offset;
  return streamPages(async (abort) => {
    const page = await searchIdListPage(filter, ids, position, abort);
    if (page.nextOffset !== null) position = page.nextOffset;
    const line: PageLine = {
      type: 'page',
      videos: page.videos,
      total: ids.length,
      missingIds: page.missingIds,
    };
    return { line, isLast: page.nextOffset === null };
  }, signal);
}
