import { describe, expect, it } from 'vitest';
import { callTimeline } from './call-timeline';

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();

describe('[TIMELINE] callTimeline', () => {
  it('counts calls per second from the first one', () => {
    const chunks = [
      { startedAt: at(0), durationMs: 200, attempts: 1, throttled: 0 },
      { startedAt: at(500), durationMs: 200, attempts: 1, throttled: 0 },
      { startedAt: at(1_200), durationMs: 200, attempts: 1, throttled: 0 },
    ];
    const timeline = callTimeline(chunks);
    expect(timeline.seconds.map((s) => s.calls)).toEqual([2, 1]);
    expect(timeline).toMatchObject({ totalCalls: 3, retries: 0, peakPerSecond: 2, waitingSeconds: 0 });
  });

  it('spreads a chunk’s retries over its duration, throttled attempts first', () => {
    // Three attempts over 3 s: throttled at 0 s and 1 s, answered at 2 s.
    const timeline = callTimeline([{ startedAt: at(0), durationMs: 3_000, attempts: 3, throttled: 2 }]);
    expect(timeline.seconds).toEqual([
      { second: 0, calls: 1, retries: 0, throttled: 1, isWaiting: false },
      { second: 1, calls: 0, retries: 1, throttled: 1, isWaiting: false },
      { second: 2, calls: 0, retries: 1, throttled: 0, isWaiting: false },
    ]);
    expect(timeline).toMatchObject({ totalCalls: 3, retries: 2, throttled: 2 });
  });

  it('marks seconds without a call between the first and the last as waits', () => {
    const timeline = callTimeline([
      { startedAt: at(0), durationMs: 100, attempts: 1, throttled: 0 },
      { startedAt: at(3_100), durationMs: 100, attempts: 1, throttled: 0 },
    ]);
    expect(timeline.seconds.map((s) => s.isWaiting)).toEqual([false, true, true, false]);
    expect(timeline.waitingSeconds).toBe(2);
  });

  it('is empty before any call was made', () => {
    expect(callTimeline([{ startedAt: at(0), durationMs: 0, attempts: 0, throttled: 0 }]).seconds).toEqual(
      [],
    );
  });
});
