import 'server-only';
import type { Database } from '@/lib/db';
import { setBatchNextTry } from '@/lib/db/queries/batches';
import type { Logger } from '@/lib/log';
import { VodError } from '@/lib/vod';

/** How a run waits out VOD being unreachable, failing or throttling. */
export interface OutagePolicy {
  /** Time since the outage began after which the run stops with retryable failures (never for throttling). */
  giveUpAfterMs: number;
  /** First wait after a failure; each further failure doubles it, up to maxWaitMs. */
  firstWaitMs: number;
  maxWaitMs: number;
}

export const DEFAULT_OUTAGE_POLICY: OutagePolicy = {
  giveUpAfterMs: 15 * 60_000,
  firstWaitMs: 2_000,
  maxWaitMs: 30_000,
};

function isThrottling(error: VodError): boolean {
  return error.code.includes('Throttling') || error.httpStatus === 429;
}

/**
 * One run's shared view of VOD's health. When a call fails in a way worth trying again, every worker of the
 * run pauses until the next try time, which is stored on the batch ("Waiting for VOD, next try at …") so
 * every page can show it; the first success clears it. Throttling alone waits as long as it lasts; any
 * other outage gives up after `giveUpAfterMs`.
 */
export class OutageGate {
  readonly #policy: OutagePolicy;
  #since: number | null = null;
  #onlyThrottled = true;
  #until = 0;
  #delay = 0;
  #gaveUp: VodError | null = null;

  constructor(
    private readonly batchId: string,
    policy: Partial<OutagePolicy> | undefined,
    private readonly db: Database | undefined,
    private readonly logger: Logger,
  ) {
    this.#policy = { ...DEFAULT_OUTAGE_POLICY, ...policy };
  }

  /** The error the run gave up with, once it has. */
  get gaveUp(): VodError | null {
    return this.#gaveUp;
  }

  /** Resolves when the run may call VOD again (at once when it is not waiting). */
  async wait(signal: AbortSignal): Promise<void> {
    while (!signal.aborted && !this.#gaveUp && this.#until > Date.now()) {
      await pause(this.#until - Date.now(), signal);
    }
  }

  /** Notes a failure worth trying again: starts or extends the wait, or gives up once it has lasted too long. */
  async failed(error: VodError): Promise<void> {
    const now = Date.now();
    if (this.#gaveUp) return;
    // Workers failing together during one wait share it.
    if (this.#until > now) return;
    this.#since ??= now;
    if (!isThrottling(error)) this.#onlyThrottled = false;
    if (!this.#onlyThrottled && now - this.#since >= this.#policy.giveUpAfterMs) {
      this.#gaveUp = new VodError({
        code: error.code,
        message: error.message,
        httpStatus: error.httpStatus,
        requestId: error.requestId,
        retryable: true,
      });
      this.logger.warn('batch.vod_outage_gave_up', {
        batchId: this.batchId,
        code: error.code,
        waitedMs: now - this.#since,
      });
      await setBatchNextTry(this.batchId, null, this.db);
      return;
    }
    this.#delay = Math.min(
      this.#policy.maxWaitMs,
      this.#delay === 0 ? this.#policy.firstWaitMs : this.#delay * 2,
    );
    this.#until = now + Math.max(this.#delay, error.retryAfterMs ?? 0);
    this.logger.warn('batch.waiting_for_vod', {
      batchId: this.batchId,
      code: error.code,
      nextTryAt: new Date(this.#until).toISOString(),
    });
    await setBatchNextTry(this.batchId, new Date(this.#until), this.db);
  }

  /** Notes a call that got a clear answer: the outage, if any, is over. */
  async succeeded(): Promise<void> {
    if (this.#since === null) return;
    this.#since = null;
    this.#onlyThrottled = true;
    this.#until = 0;
    this.#delay = 0;
    this.logger.info('batch.vod_back', { batchId: this.batchId });
    await setBatchNextTry(this.batchId, null, this.db);
  }

  /** Clears the stored wait when the run ends. */
  async clear(): Promise<void> {
    if (this.#since !== null) await setBatchNextTry(this.batchId, null, this.db);
  }
}

/** Waits `ms` or until `signal` aborts, whichever comes first; never rejects. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, ms));
    signal.addEventListener('abort', done, { once: true });
  });
}
