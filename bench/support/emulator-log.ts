import type { RecordedRequest } from '@/emulator/request-log';
import type { Video, VodClient } from '@/lib/vod';

export interface CallTally {
  /** Calls of the action the emulator received. */
  calls: number;
  /** Of those, the ones it answered with a throttling error. */
  throttled: number;
}

/** Counts an action's calls and throttled answers in the emulator's request log. */
export function countCalls(requests: readonly RecordedRequest[], action: string): CallTally {
  let calls = 0;
  let throttled = 0;
  for (const request of requests) {
    if (request.action !== action) continue;
    calls++;
    if (request.errorCode?.startsWith('Throttling')) throttled++;
  }
  return { calls, throttled };
}

/** The first `count` videos of the library, through the app's own client (SearchMedia, then ScrollToken). */
export async function collectVideos(client: VodClient, count: number): Promise<Video[]> {
  const videos: Video[] = [];
  for await (const video of client.iterateVideos({}, { pageSize: 100 })) {
    videos.push(video);
    if (videos.length === count) return videos;
  }
  throw new Error(`The emulator holds ${videos.length} videos; the benchmark needs ${count}`);
}
