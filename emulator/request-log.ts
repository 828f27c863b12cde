/** One VOD API call as the emulator saw it (secrets and signing parameters left out). */
export interface RecordedRequest {
  /**
   * ISO 8601 with milliseconds: when the throttle admitted or refused the call, or, for a call refused
   * before that (a bad signature, an unknown action), when it arrived.
   */
  time: string;
  action: string;
  accessKeyId: string | null;
  parameters: Record<string, string>;
  status: number;
  errorCode: string | null;
  requestId: string;
}

export interface RequestFilter {
  action?: string;
  /** Epoch ms; only calls at or after it. */
  since?: number;
}

const CAPACITY = 10_000;

/** The most recent calls, oldest first, in a fixed-size ring so a long benchmark cannot exhaust memory. */
export class RequestLog {
  private readonly entries: { at: number; request: RecordedRequest }[] = [];
  private start = 0;

  record(at: number, request: Omit<RecordedRequest, 'time'>): void {
    const entry = { at, request: { time: new Date(at).toISOString(), ...request } };
    if (this.entries.length < CAPACITY) this.entries.push(entry);
    else {
      this.entries[this.start] = entry;
      this.start = (this.start + 1) % CAPACITY;
    }
  }

  list(filter: RequestFilter = {}): RecordedRequest[] {
    const ordered =
      this.start === 0
        ? this.entries
        : [...this.entries.slice(this.start), ...this.entries.slice(0, this.start)];
    return ordered
      .filter(
        ({ at, request }) =>
          (filter.action === undefined || request.action === filter.action) &&
          (filter.since === undefined || at >= filter.since),
      )
      .map(({ request }) => request);
  }

  clear(): void {
    this.entries.length = 0;
    this.start = 0;
  }
}
