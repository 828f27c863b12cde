/**
 * A batch's UpdateVideoInfos calls second by second, for its timeline chart. The store keeps, per chunk,
 * when it started, how long it took and how many calls (attempts) it made, of which how many VOD throttled;
 * a chunk's calls are spread evenly over its duration, the throttled ones first (a chunk ends on its last,
 * answered call). Seconds without any call between the first and the last are waits.
 */

export interface ChunkTiming {
  startedAt: string;
  durationMs: number;
  attempts: number;
  throttled: number;
}

export interface TimelineSecond {
  /** Seconds since the first call. */
  second: number;
  /** First attempts of a chunk's calls. */
  calls: number;
  /** Calls made again after a failed or throttled one (throttled ones included). */
  retries: number;
  /** Calls VOD answered with throttling. */
  throttled: number;
  /** No call was made in this second. */
  isWaiting: boolean;
}

export interface CallTimeline {
  seconds: TimelineSecond[];
  totalCalls: number;
  retries: number;
  throttled: number;
  peakPerSecond: number;
  waitingSeconds: number;
}

// The chart is for reading: a very long batch is cut at an hour rather than drawing 100,000 bars.
const MAX_SECONDS = 3_600;

/** Buckets a batch's chunks into seconds of calls. */
export function callTimeline(chunks: readonly ChunkTiming[]): CallTimeline {
  const timed = chunks.filter((chunk) => chunk.attempts > 0 && !Number.isNaN(Date.parse(chunk.startedAt)));
  if (timed.length === 0) {
    return { seconds: [], totalCalls: 0, retries: 0, throttled: 0, peakPerSecond: 0, waitingSeconds: 0 };
  }
  const origin = Math.min(...timed.map((chunk) => Date.parse(chunk.startedAt)));
  const buckets = new Map<number, TimelineSecond>();
  const bucket = (second: number) => {
    let entry = buckets.get(second);
    if (!entry) {
      entry = { second, calls: 0, retries: 0, throttled: 0, isWaiting: false };
      buckets.set(second, entry);
    }
    return entry;
  };
  for (const chunk of timed) {
    const start = Date.parse(chunk.startedAt) - origin;
    const step = chunk.durationMs / chunk.attempts;
    for (let attempt = 0; attempt < chunk.attempts; attempt++) {
      const second = Math.min(MAX_SECONDS, Math.floor((start + attempt * step) / 1000));
      const entry = bucket(second);
      if (attempt === 0) entry.calls++;
      else entry.retries++;
      if (attempt < chunk.throttled) entry.throttled++;
    }
  }
  const last = Math.max(...buckets.keys());
  const seconds: TimelineSecond[] = [];
  for (let second = 0; second <= last; second++) {
    seconds.push(buckets.get(second) ?? { second, calls: 0, retries: 0, throttled: 0, isWaiting: true });
  }
  const sum = (pick: (s: TimelineSecond) => number) => seconds.reduce((total, s) => total + pick(s), 0);
  return {
    seconds,
    totalCalls: sum((s) => s.calls + s.retries),
    retries: sum((s) => s.retries),
    throttled: sum((s) => s.throttled),
    peakPerSecond: Math.max(...seconds.map((s) => s.calls + s.retries)),
    waitingSeconds: seconds.filter((s) => s.isWaiting).length,
  };
}
