import { QPS_LIMITS } from '@/lib/edits/limits';
import { processSlot } from '@/lib/process-slot';
import { abortedError } from './errors';
import { sleep as realSleep, type Sleep } from './sleep';

/** How fast calls of one action may go: the published limit, and the rate the schedule aims at below it. */
export interface Pace {
  /** Calls per second the schedule aims at: the published limit times the utilization. */
  perSec: number;
  /** The published limit: no one-second window may hold more calls. */
  limit: number;
}

/**
 * Where pacing state lives. `take` claims one call for `key` if the budget allows it right now and answers
 * 0, or answers how many milliseconds until one could be claimed, claiming nothing. A call is claimed at
 * the moment it is sent, never in advance, so a late timer or a busy event loop can delay calls but never
 * bunch them past the limit. `waiting` tells how many calls are queued behind this one, so a store that
 * reserves calls in advance (ReservingPacerStore, shared by every app server through PostgreSQL) reserves
 * no more than are wanted.
 */
export interface PacerStore {
  take(key: string, pace: Pace, waiting?: number): Promise<number>;
}

/**
 * How much closer than `limit` intervals `limit + 1` calls may come. Timers wake a millisecond or two after
 * the due time (whole-millisecond rounding plus the event loop); without this, a caller held back by the
 * window rule would wake late again, and that lateness would carry on into every later window. It stays
 * small on purpose: at PACER_UTILIZATION (96%) of 30 calls/s, 31 calls then span at least 1,040 ms, and the
 * rest of that room is for the jitter between sending a call and VOD counting it (an emulator in the same
 * loaded process counted 31 calls in a second when this was 10 ms).
 */
export const TIMER_SLACK_MS = 2;

/**
 * Per key: the slot the schedule is at, and when the last `limit` calls were claimed (a ring buffer).
 */
interface KeyState {
  due: number;
  claims: Float64Array;
  next: number;
}

/**
 * The pacing schedule in process memory. Calls are due one interval apart on a fixed grid. A call that
 * comes late keeps its slot, and the calls after it may follow sooner until the grid is caught up, so a
 * busy event loop (PGlite's queries share it) or a late timer costs no rate. What keeps the account's
 * budget is a second rule: any `limit + 1` calls span at least `limit` intervals less TIMER_SLACK_MS. A
 * call later than one interval gives its slot up and the grid restarts from it: after an idle spell
 * or a long stall the missed slots are gone, not sent in a burst.
 */
export class MemoryPacerStore implements PacerStore {
  readonly #keys = new Map<string, KeyState>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  async take(key: string, pace: Pace): Promise<number> {
    const interval = 1000 / pace.perSec;
    const limit = Math.max(1, Math.floor(pace.limit));
    const now = this.now();
    let state = this.#keys.get(key);
    if (!state || state.claims.length !== limit) {
      state = { due: now, claims: new Float64Array(limit).fill(Number.NEGATIVE_INFINITY), next: 0 };
      this.#keys.set(key, state);
    }
    const slot = now - state.due > interval ? now : state.due;
    const windowOpens = state.claims[state.next]! + limit * interval - TIMER_SLACK_MS;
    const wait = Math.max(slot, windowOpens) - now;
    if (wait > 0) return wait;
    state.due = slot + interval;
    state.claims[state.next] = now;
    state.next = (state.next + 1) % limit;
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
  const utilization = options.utilization ?? PACER_UTILIZATION;
  const sleep = options.sleep ?? realSleep;
  const queues = new Map<string, LaneQueue>();

  async function pump(action: string, pace: Pace, queue: LaneQueue): Promise<void> {
    try {
      while (!queue.isEmpty) {
        const waitMs = await options.store.take(`${options.account}|${action}`, pace, queue.size);
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
          void pump(action, { perSec: limit * utilization, limit }, queue);
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
