import { type Pace, type PacerStore, TIMER_SLACK_MS } from './pacer';

/**
 * Reserves `count` consecutive slots `intervalMs` apart on the shared schedule of `key`, starting no
 * earlier than `aheadMs` from the shared clock's now; answers the first slot's time and the shared clock's
 * now, both in the shared clock's epoch ms (lib/db/queries/pacer.ts over PostgreSQL).
 */
export type ReserveRun = (
  key: string,
  count: number,
  intervalMs: number,
  aheadMs: number,
) => Promise<{ firstMs: number; nowMs: number }>;

/** What coordinating the budget has cost this process so far. */
export interface PacerStoreStats {
  /** Calls claimed. */
  calls: number;
  /** Round trips to the shared schedule. */
  reservations: number;
  /** Time spent in those round trips, in ms. */
  reserveMs: number;
}

export interface ReservingPacerStoreOptions {
  /** The most slots reserved in one round trip. */
  runLength?: number;
  /** This process's clock in epoch ms. */
  now?: () => number;
}

// Four slots (about 140 ms at 29 calls/s) per round trip: a quarter of the coordination cost, while servers
// still take turns every few calls and a server that stops wastes at most three slots.
const DEFAULT_RUN_LENGTH = 4;
// A slot may be used this late. Slots lie on one shared grid, so a call sent late can only bunch with the
// calls after it: at 96% of 30 calls/s a window of one second stays under 30 calls while lateness plus
// network jitter stays under about 40 ms. A slot missed by more is left unused.
const LATE_SLACK_MS = 10;
// The clocks' offset is re-measured this often even when no faster round trip came along (clock drift).
const CLOCK_RESAMPLE_MS = 30_000;

/**
 * A PacerStore whose schedule is shared by every app server: it reserves short runs of slots on the shared
 * schedule and hands them out locally, each at its own time, so all servers together keep one account's
 * budget while paying one round trip per few calls. Slots are times on the shared clock; this process
 * relates its own clock to it from the fastest recent round trip.
 */
export class ReservingPacerStore implements PacerStore {
  readonly #runs = new Map<string, number[]>();
  readonly #stats: PacerStoreStats = { calls: 0, reservations: 0, reserveMs: 0 };
  readonly #runLength: number;
  readonly #now: () => number;
  #offsetMs = 0;
  #bestRttMs = Number.POSITIVE_INFINITY;
  #sampledAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly reserve: ReserveRun,
    options: ReservingPacerStoreOptions = {},
  ) {
    this.#runLength = Math.max(1, options.runLength ?? DEFAULT_RUN_LENGTH);
    this.#now = options.now ?? (() => performance.timeOrigin + performance.now());
  }

  /** The coordination cost so far. */
  stats(): PacerStoreStats {
    return { ...this.#stats };
  }

  async take(key: string, pace: Pace, waiting = 1): Promise<number> {
    const interval = 1000 / pace.perSec;
    let slots = this.#runs.get(key) ?? [];
    let now = this.#sharedNow();
    while (slots.length > 0 && slots[0]! < now - LATE_SLACK_MS) slots.shift();
    if (slots.length === 0) {
      slots = await this.#reserveRun(key, interval, Math.min(this.#runLength, Math.max(1, waiting)));
      this.#runs.set(key, slots);
      now = this.#sharedNow();
    }
    const wait = slots[0]! - now;
    if (wait > 0) return wait;
    slots.shift();
    this.#stats.calls++;
    return 0;
  }

  async #reserveRun(key: string, interval: number, count: number): Promise<number[]> {
    // A fresh run on an idle schedule starts when this answer will have arrived, so its first slot is not
    // already late; a long round trip cannot then push it past the slack.
    const ahead = Number.isFinite(this.#bestRttMs) ? this.#bestRttMs / 2 - TIMER_SLACK_MS : -TIMER_SLACK_MS;
    const sentAt = this.#now();
    const { firstMs, nowMs } = await this.reserve(key, count, interval, ahead);
    const answeredAt = this.#now();
    const rtt = answeredAt - sentAt;
    this.#stats.reservations++;
    this.#stats.reserveMs += rtt;
    if (rtt <= this.#bestRttMs || answeredAt - this.#sampledAt > CLOCK_RESAMPLE_MS) {
      this.#bestRttMs = rtt;
      this.#sampledAt = answeredAt;
      this.#offsetMs = nowMs - (sentAt + answeredAt) / 2;
    }
    return Array.from({ length: count }, (_, i) => firstMs + i * interval);
  }

  #sharedNow(): number {
    return this.#now() + this.#offsetMs;
  }
}
