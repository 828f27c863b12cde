import { z } from 'zod';

/** Injected misbehaviour, set through the control API: latency, failures and a lowered QPS limit. */
export const faultsSchema = z
  .object({
    /** Delay added to every VOD API response, after the operation ran (as a slow network would). */
    latencyMs: z.number().int().min(0).max(120_000).default(0),
    /** Extra random delay of 0..jitterMs on top of latencyMs. */
    jitterMs: z.number().int().min(0).max(120_000).default(0),
    /** Share of calls (0..1) that fail with failCode/failStatus before the operation runs. */
    failRate: z.number().min(0).max(1).default(0),
    /** The next N calls fail with failCode/failStatus, whatever failRate says. */
    failNext: z.number().int().min(0).default(0),
    // VOD's documentation spells its 503 code so (vod-api.md §2).
    failCode: z.string().min(1).max(64).default('ServiceUnAvailable'),
    failStatus: z.number().int().min(400).max(599).default(503),
    /** Replaces every action's QPS limit (lower to provoke Throttling.User, higher for benchmarks). */
    throttleQps: z.number().int().min(1).max(1_000_000).nullable().default(null),
    /** Restricts latency and failures to these actions; empty means every action. */
    actions: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type Faults = z.infer<typeof faultsSchema>;

export const NO_FAULTS: Faults = faultsSchema.parse({});

/** Holds the current faults and decides, per call, whether one applies. */
export class FaultInjector {
  private faults: Faults = NO_FAULTS;

  get current(): Faults {
    return this.faults;
  }

  set(faults: Faults): void {
    this.faults = faults;
  }

  clear(): void {
    this.faults = NO_FAULTS;
  }

  private appliesTo(action: string): boolean {
    return this.faults.actions.length === 0 || this.faults.actions.includes(action);
  }

  /** Whether this call should fail; consumes one of failNext. */
  shouldFail(action: string): boolean {
    if (this.faults === NO_FAULTS || !this.appliesTo(action)) return false;
    if (this.faults.failNext > 0) {
      this.faults = { ...this.faults, failNext: this.faults.failNext - 1 };
      return true;
    }
    return this.faults.failRate > 0 && Math.random() < this.faults.failRate;
  }

  /** Milliseconds to hold this call's response. */
  delayFor(action: string): number {
    const { latencyMs, jitterMs } = this.faults;
    if ((latencyMs === 0 && jitterMs === 0) || !this.appliesTo(action)) return 0;
    return latencyMs + Math.floor(Math.random() * (jitterMs + 1));
  }
}
