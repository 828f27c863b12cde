import { useCallback, useEffect, useRef, useState } from 'react';
import type { VideoStreamLine } from '@/lib/videos/stream-protocol';
import type { Video, VideoPage } from '@/lib/vod';

export interface VideoStreamState {
  videos: readonly Video[];
  /** What the view holds at most: SearchMedia's Total, or an ID list's length less the IDs not found. */
  total: number;
  /** IDs of an ID list that VOD did not return, so far. */
  missingIds: readonly string[];
  isLoading: boolean;
  errorCode: string | null;
  /** Resolves once every matching video is loaded (or loading stopped with an error). */
  ensureAllLoaded: () => Promise<void>;
}

const NONE: readonly string[] = [];

// Rows arrive far faster than anyone reads them; repainting the grid at most this often keeps scrolling smooth.
const FLUSH_INTERVAL_MS = 250;

/**
 * Keeps the loaded rows of a filtered view: the server-rendered first page, then the rest streamed from
 * /api/videos. Editing goes on while rows stream in; a new view (new `streamUrl`) starts over.
 */
export function useVideoStream(
  firstPage: VideoPage,
  streamUrl: string | null,
  firstMissingIds: readonly string[] = NONE,
): VideoStreamState {
  const [videos, setVideos] = useState<readonly Video[]>(firstPage.videos);
  const [total, setTotal] = useState(firstPage.total);
  const [missingIds, setMissingIds] = useState(firstMissingIds);
  const [isLoading, setIsLoading] = useState(streamUrl !== null);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const waiters = useRef<Array<() => void>>([]);
  const isLoadingRef = useRef(isLoading);

  const settle = useCallback(() => {
    isLoadingRef.current = false;
    setIsLoading(false);
    for (const resolve of waiters.current.splice(0)) resolve();
  }, []);

  useEffect(() => {
    setVideos(firstPage.videos);
    setTotal(firstPage.total);
    setMissingIds(firstMissingIds);
    setErrorCode(null);
    if (streamUrl === null) {
      settle();
      return;
    }
    isLoadingRef.current = true;
    setIsLoading(true);
    const controller = new AbortController();
    let pending: Video[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      setVideos((current) => current.concat(batch));
    };
    const timer = setInterval(flush, FLUSH_INTERVAL_MS);

    readLines(streamUrl, controller.signal, (line) => {
      if (line.type === 'page') {
        pending.push(...line.videos);
        setTotal(line.total);
        const missing = line.missingIds ?? [];
        if (missing.length > 0) setMissingIds((current) => current.concat(missing));
      } else if (line.type === 'error') setErrorCode(line.code);
    })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setErrorCode(error instanceof Error ? error.message : 'network');
      })
      .finally(() => {
        if (controller.signal.aborted) return;
        clearInterval(timer);
        flush();
        settle();
      });
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [firstPage, streamUrl, firstMissingIds, settle]);

  const ensureAllLoaded = useCallback(
    () =>
      isLoadingRef.current
        ? new Promise<void>((resolve) => waiters.current.push(resolve))
        : Promise.resolve(),
    [],
  );

  return { videos, total: total - missingIds.length, missingIds, isLoading, errorCode, ensureAllLoaded };
}

async function readLines(
  url: string,
  signal: AbortSignal,
  onLine: (line: VideoStreamLine) => void,
): Promise<void> {
  const response = await fetch(url, { signal, headers: { accept: 'application/x-ndjson' } });
  if (!response.ok || !response.body) throw new Error(`http_${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const text = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (text) onLine(JSON.parse(text) as VideoStreamLine);
      newline = buffer.indexOf('\n');
    }
  }
}
