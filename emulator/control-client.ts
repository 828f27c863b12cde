import type { WireErrorBody, WireVideo } from '@/lib/vod-wire/shapes';
import type { IssuedStsCredential } from './accounts';
import type { Faults } from './faults';
import type { RecordedRequest } from './request-log';

export type { Faults } from './faults';
export type { RecordedRequest } from './request-log';

/** Fault settings to apply; omitted fields take their neutral defaults. */
export type FaultsInput = Partial<Faults>;

/** A partial WireVideo, as another user would change it in the console. */
export type VideoPatch = Partial<Omit<WireVideo, 'VideoId' | 'Snapshots' | 'CateName'>>;

export interface RequestsFilter {
  action?: string;
  /** Only calls at or after this time (a Date, ISO text or epoch ms). */
  since?: Date | string | number;
}

/** A control API call that failed; carries the emulator's VOD-style error body. */
export class EmulatorControlError extends Error {
  constructor(
    readonly status: number,
    readonly body: WireErrorBody,
  ) {
    super(`${body.Code}: ${body.Message}`);
    this.name = 'EmulatorControlError';
  }
}

/** A typed client for the emulator's control API (/_emulator/), for tests, e2e and benchmarks. */
export class EmulatorControl {
  private readonly base: string;

  /** `url` is the emulator's base URL, e.g. RunningEmulator.url. */
  constructor(url: string) {
    this.base = `${url.replace(/\/$/, '')}/_emulator`;
  }

  health(): Promise<{ status: 'ok'; videos: number; seed: number }> {
    return this.call('GET', '/health');
  }

  /** Reseeds the library (keeping the current seed/size when omitted) and clears faults and the request log. */
  reset(options: { seed?: number; videos?: number } = {}): Promise<{ seed: number; videos: number }> {
    return this.call('POST', '/reset', options);
  }

  async requests(filter: RequestsFilter = {}): Promise<RecordedRequest[]> {
    const search = new URLSearchParams();
    if (filter.action) search.set('action', filter.action);
    if (filter.since !== undefined) {
      const since = filter.since instanceof Date ? filter.since.getTime() : filter.since;
      search.set('since', String(since));
    }
    const query = search.size > 0 ? `?${search}` : '';
    const result = await this.call<{ requests: RecordedRequest[] }>('GET', `/requests${query}`);
    return result.requests;
  }

  async clearRequests(): Promise<void> {
    await this.call('DELETE', '/requests');
  }

  /** Replaces the videos the demo account may not update (besides the seeded other resource group). */
  async setForbidden(videoIds: string[]): Promise<void> {
    await this.call('PUT', '/forbidden', { videoIds });
  }

  forbidden(): Promise<{ videoIds: string[]; resourceGroupVideoIds: string[] }> {
    return this.call('GET', '/forbidden');
  }

  /** A page of video IDs, newest first. */
  listVideoIds(offset = 0, limit = 100): Promise<{ total: number; videoIds: string[] }> {
    return this.call('GET', `/videos?offset=${offset}&limit=${limit}`);
  }

  /** The stored video as a GetVideoInfos entry, or null when it does not exist. */
  async getVideo(videoId: string): Promise<WireVideo | null> {
    try {
      return await this.call<WireVideo>('GET', `/videos/${encodeURIComponent(videoId)}`);
    } catch (error) {
      if (error instanceof EmulatorControlError && error.status === 404) return null;
      throw error;
    }
  }

  /** Changes (or creates) a video as someone else would; returns it as stored. */
  putVideo(videoId: string, patch: VideoPatch): Promise<WireVideo> {
    return this.call('PUT', `/videos/${encodeURIComponent(videoId)}`, patch);
  }

  async deleteVideo(videoId: string): Promise<void> {
    await this.call('DELETE', `/videos/${encodeURIComponent(videoId)}`);
  }

  setFaults(faults: FaultsInput): Promise<Faults> {
    return this.call('PUT', '/faults', faults);
  }

  clearFaults(): Promise<Faults> {
    return this.call('DELETE', '/faults');
  }

  /** Issues a fresh STS credential for the demo account. */
  issueSts(durationSeconds = 3600): Promise<IssuedStsCredential> {
    return this.call('POST', '/sts', { durationSeconds });
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed = (await response.json()) as unknown;
    if (!response.ok) throw new EmulatorControlError(response.status, parsed as WireErrorBody);
    return parsed as T;
  }
}
