import { describe, expect, it } from 'vitest';
import { type GetVideosResult, VodError } from '@/lib/vod';
import { PRIMED_READ_MAX_AGE_MS, PrimedRead } from './primed-read';

const found: GetVideosResult = { videos: [], missingIds: [] };

describe('[batches] PrimedRead', () => {
  it('is taken once, for the same videos in any order, with the time it left', async () => {
    let now = 1_000;
    const reads: string[][] = [];
    const primed = new PrimedRead(
      ['a', 'b', 'c'],
      async (ids) => {
        reads.push([...ids]);
        return found;
      },
      () => now,
    );
    now += 120;
    expect(primed.ageMs()).toBe(120);
    const taken = primed.take(['c', 'a', 'b']);
    expect(taken?.startedAt).toBe(1_000);
    expect(await taken?.result).toBe(found);
    expect(primed.take(['a', 'b', 'c'])).toBeNull();
    expect(reads).toEqual([['a', 'b', 'c']]);
  });

  it.each([
    ['other videos', ['a', 'b', 'd'], 0],
    ['fewer videos', ['a', 'b'], 0],
    ['more videos', ['a', 'b', 'c', 'd'], 0],
    ['a read older than the limit', ['a', 'b', 'c'], PRIMED_READ_MAX_AGE_MS + 1],
  ])('is not taken for %s', (_, ids, age) => {
    let now = 0;
    const primed = new PrimedRead(
      ['a', 'b', 'c'],
      async () => found,
      () => now,
    );
    now += age;
    expect(primed.take(ids)).toBeNull();
  });

  it('hands a failed read to the taker, and a failed read nobody takes fails nothing', async () => {
    const failing = () =>
      Promise.reject(new VodError({ code: 'ServiceUnavailable', message: 'down', retryable: true }));
    const taken = new PrimedRead(['a'], failing).take(['a']);
    await expect(taken?.result).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    // Vitest fails the run on an unhandled rejection; this one is never taken.
    new PrimedRead(['b'], failing);
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
