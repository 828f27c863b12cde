import type { GetVideosResult } from '@/lib/vod';

/**
 * The oldest a primed read may be when its chunk takes it. A pre-read guards against overwriting a
 * colleague's change, so its age is the window in which one can slip through: this keeps the first chunk's
 * window as short as any other chunk's (their p95 is about 300 ms at 80 ms latency).
 */
export const PRIMED_READ_MAX_AGE_MS = 500;

/**
 * The pre-read of a batch's first chunk, sent while the batch is being stored: storing thousands of items
 * takes about as long as a read's round trip, so the first update can leave one round trip sooner. Reading
 * changes nothing in VOD, so it need not wait for the batch to be stored (sending does). The run takes it
 * once, for exactly the videos it was read for and while it is fresh; otherwise it reads as usual. The
 * service trusts it only when no other batch was at work meanwhile (see anyOtherBatchAtWork).
 */
export class PrimedRead {
  readonly #ids: ReadonlySet<string>;
  readonly #result: Promise<GetVideosResult>;
  readonly #startedAt: number;
  #taken = false;

  constructor(
    videoIds: readonly string[],
    read: (videoIds: readonly string[]) => Promise<GetVideosResult>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#ids = new Set(videoIds);
    this.#startedAt = now();
    this.#result = read(videoIds);
    // A read nobody takes (a stale one, or a batch another server runs) must not fail the process.
    this.#result.catch(() => undefined);
  }

  /** Milliseconds since the read left. */
  ageMs(): number {
    return this.now() - this.#startedAt;
  }

  /** The read and when it left, for these videos, once and while fresh; null otherwise. */
  take(videoIds: readonly string[]): { result: Promise<GetVideosResult>; startedAt: number } | null {
    if (this.#taken) return null;
    this.#taken = true;
    const matches = videoIds.length === this.#ids.size && videoIds.every((id) => this.#ids.has(id));
    if (!matches || this.now() - this.#startedAt > PRIMED_READ_MAX_AGE_MS) return null;
    return { result: this.#result, startedAt: this.#startedAt };
  }
}
