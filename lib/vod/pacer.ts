import { QPS_LIMITS } from '@/lib/edits/limits';
import { processSlot } from '@/lib/process-slot';
import { abortedError } from './errors';
import { sleep as realSleep, type Sleep } from './sleep';

/**
 * Where pacing state lives. `take` claims one call for `key` if the budget allows it right now and answers
 * 0, or answers how many milliseconds until one could be claimed, claiming nothing. A call is claimed at
 * the moment it is sent, never in advance, so a late timer or a busy event loop can delay calls but never
 * bunch them. `waiting` tells how many calls are queued behind this one, so a store that reserves calls
 * in advance (ReservingPacerStore, shared by every app server through PostgreSQL) reserves no more than
 * are wanted.
 */
export interface PacerStore {
  take(key: string, ratePerSec: number, burst: number, waiting?: number): Promise<number>;
}

/**
 * How late a claim may be and still count as on schedule. Timers wake a millisecond or two after the due
 * time (whole-millisecond rounding plus the event loop); without this, every late wake-up would push all
 * later calls back. A caller later than this restarts the schedule from now, so late calls never bunch.
 * At PACER_UTILIZATION (96%) of 30 calls/s, 31 calls need 30 intervals (1,042 ms) less this slack to fit
 * in one second; the rest of that room is for the jitter between sending and VOD counting. It stays small
 * on purpose: 10 ms won 3% of the rate on a busy event loop (PGlite's queries share it), but then an
 * emulator in the same loaded process counted 31 calls in a second and throttled one.
 */
export const TIMER_SLACK_MS = 2;

/**
 * A GCRA token bucket in process memory: each key remembers when its next call is due; up to `burst`
 * calls may run ahead of that schedule.
 */
export class MemoryPacerStore implements PacerStore {
  readonly #due = new Map<string, number>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  async take(key: string, ratePerSec: number, burst: number): Promise<number> {
    const interval = 1000 / ratePerSec;
    const now = this.now();
    const due = Math.max(this.#due.get(key) ?? now, now - TIMER_SLACK_MS);
    const wait = due - (Math.max(1, burst) - 1) * interval - now;
    if (wait > 0) return wait;
    this.#due.set(key, due + interval);
    return 0;
  }
}

/**
 * Waits until the account may make one more call of an action. Callers naming the same `lane` (e.g. one
 * batch) queue first come, first served; lanes take turns, so a large operation cannot hold the account's
 * budget while a small one waits behind its whole queue. Calls without a lane share one.
 */
export interface Pacer {
  acquire(action: string, signal?: AbortSignal, lane?: string): Promise<void>;
}

export interface PacerOptions {
  store: PacerStore;
  /** Identifies the VOD account (and endpoint) whose budget is shared. */
  account: string;
  /** Calls per second by action; actions without an entry are not paced. */
  limits?: Readonly<Record<string, number>>;
  burst?: number;
  /**
   * Fraction of the published limit actually used. VOD counts calls when they arrive, so headroom absorbs
   * network jitter that would otherwise squeeze 31 calls into one second.
   */
  utilization?: number;
  sleep?: Sleep;
}

/** The share of each published limit the pacer uses by default; see TIMER_SLACK_MS for the headroom. */
export const PACER_UTILIZATION = 0.96;

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

const DEFAULT_LANE = '';

/**
 * The waiters of one action, lane by lane. A Map keeps insertion order, so taking from the first lane and
 * moving it to the back while it still has waiters serves the lanes round-robin.
 */
class LaneQueue {
  readonly #lanes = new Map<string, Waiter[]>();

  #size = 0;

  get isEmpty(): boolean {
    return this.#lanes.size === 0;
  }

  /** How many waiters are queued, over all lanes. */
  get size(): number {
    return this.#size;
  }

  push(lane: string, waiter: Waiter): void {
    const waiters = this.#lanes.get(lane);
    if (waiters) waiters.push(waiter);
    else this.#lanes.set(lane, [waiter]);
    this.#size++;
  }

  /** Takes the next waiter in turn. */
  shift(): Waiter | undefined {
    for (const [lane, waiters] of this.#lanes) {
      const waiter = waiters.shift();
      this.#lanes.delete(lane);
      if (waiters.length > 0) this.#lanes.set(lane, waiters);
      this.#size--;
      return waiter;
    }
    return undefined;
  }

  remove(lane: string, waiter: Waiter): void {
    const waiters = this.#lanes.get(lane);
    const index = waiters?.indexOf(waiter) ?? -1;
    if (!waiters || index < 0) return;
    waiters.splice(index, 1);
    this.#size--;
    if (waiters.length === 0) this.#lanes.delete(lane);
  }

  drain(): Waiter[] {
    const all = [...this.#lanes.values()].flat();
    this.#lanes.clear();
    this.#size = 0;
    return all;
  }
}

/**
 * A pacer keyed per account and action. Only the head of an action's queue asks the store, so calls go
 * out in queue order: first come, first served within a lane, lanes in turn.
 */
export function createPacer(options: PacerOptions): Pacer {
  const limits = options.limits ?? QPS_LIMITS;
  const burst = options.burst ?? 1;
  const utilization = options.utilization ?? PACER_UTILIZATION;
  const sleep = options.sleep ?? realSleep;
  const queues = new Map<string, LaneQueue>();

  async function pump(action: string, rate: number, queue: LaneQueue): Promise<void> {
    try {
      while (!queue.isEmpty) {
        const waitMs = await options.store.take(`${options.account}|${action}`, rate, burst, queue.size);
        if (waitMs > 0) {
          // Timers have whole-millisecond resolution; rounding down would wake early and spin.
          await sleep(Math.ceil(waitMs));
          continue;
        }
        // Waiters that gave up while the store answered have left the queue; then the claim goes unused.
        queue.shift()?.resolve();
      }
    } catch (error) {
      for (const waiter of queue.drain()) waiter.reject(error);
    } finally {
      queues.delete(action);
    }
  }

  return {
    acquire(action, signal, lane = DEFAULT_LANE) {
      const limit = limits[action];
      if (limit === undefined) return Promise.resolve();
      if (signal?.aborted) return Promise.reject(abortedError());
      const existing = queues.get(action);
      const queue = existing ?? new LaneQueue();
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          queue.remove(lane, waiter);
          reject(abortedError());
        };
        const waiter: Waiter = {
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
          reject: (error) => {
            signal?.removeEventListener('abort', onAbort);
            reject(error);
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(lane, waiter);
        if (!existing) {
          queues.set(action, queue);
          void pump(action, limit * utilization, queue);
        }
      });
    },
  };
}

const pacerStore = processSlot<PacerStore>('pacer-store');

/**
 * The process-wide pacer store, shared by every client so all callers draw from one budget per account;
 * `create` makes it the first time (in process memory when absent).
 */
export function processPacerStore(create: () => PacerStore = () => new MemoryPacerStore()): PacerStore {
  return pacerStore.getOrCreate(create);
}
