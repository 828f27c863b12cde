import 'server-only';
import * as credentialsModule from '@alicloud/credentials';
import * as openapi from '@alicloud/openapi-client';
import { RuntimeOptions } from '@alicloud/tea-util';
import type { VodCredentials } from '@/lib/config';
import type { LogFields, Logger } from '@/lib/log';
import { vodRpcParams } from '@/lib/vod-wire/rpc-params';
import { toVodError, VodError } from './errors';
import type { Pacer } from './pacer';
import { type BackoffPolicy, backoffDelayMs, shouldRetry } from './retry';
import { watchRetryAfter } from './retry-after';
import { sleep as realSleep, type Sleep } from './sleep';

/**
 * The signed transport: one @alicloud/openapi-client per client, and around every call the pacer, the
 * retry loop (the SDK never retries by itself, docs/vod-api.md §1.7), error mapping and one log line per attempt.
 */

export interface TransportOptions {
  /** host[:port], no scheme. */
  endpoint: string;
  protocol: 'http' | 'https';
  credentials: VodCredentials;
  connectTimeoutMs: number;
  readTimeoutMs: number;
  maxAttempts: number;
  backoff: BackoffPolicy;
  pacer: Pacer;
  logger: Logger;
  random?: () => number;
  sleep?: Sleep;
}

export interface AttemptRecord {
  attempt: number;
  requestId: string | null;
  durationMs: number;
  error: VodError | null;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** The pacer lane this call queues in (see Pacer). */
  lane?: string;
  /** Extra fields for the call's log lines, e.g. the chunk size. */
  logFields?: LogFields;
  onAttempt?: (record: AttemptRecord) => void;
  /** Called as each attempt leaves, after the pacer admitted it. */
  onSend?: () => void;
}

export interface CallResult {
  body: unknown;
  requestId: string | null;
  attempts: number;
}

// The packages are CommonJS with `exports.default`; bundlers and Node's ESM loader disagree on what a
// default import yields, so resolve the class either way.
function defaultExport<T>(module: { default: T }): T {
  const inner = (module.default as { default?: T }).default;
  return inner ?? module.default;
}

const OpenApiClient = defaultExport(openapi as unknown as { default: typeof openapi.default });
const Credential = defaultExport(
  credentialsModule as unknown as { default: typeof credentialsModule.default },
);

const USER_AGENT = 'vod-bulk-editor/0.1';

function buildConfig(options: TransportOptions): openapi.Config {
  const base = {
    endpoint: options.endpoint,
    protocol: options.protocol,
    userAgent: USER_AGENT,
  };
  const { credentials } = options;
  if (credentials.kind === 'static') {
    return new openapi.Config({
      ...base,
      accessKeyId: credentials.accessKeyId,
      accessKeySecret: credentials.accessKeySecret,
      ...(credentials.securityToken ? { securityToken: credentials.securityToken } : {}),
    });
  }
  // Without a config, @alicloud/credentials walks its default chain: env, OIDC, CLI profile, RAM role, URI.
  return new openapi.Config({ ...base, credential: new Credential() });
}

function requestIdOf(body: unknown): string | null {
  const id =
    typeof body === 'object' && body !== null ? (body as { RequestId?: unknown }).RequestId : undefined;
  return typeof id === 'string' ? id : null;
}

export class VodTransport {
  readonly #options: TransportOptions;
  readonly #client: InstanceType<typeof OpenApiClient>;
  readonly #runtime: RuntimeOptions;
  readonly #secrets: string[];
  readonly #sleep: Sleep;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#client = new OpenApiClient(buildConfig(options));
    this.#runtime = new RuntimeOptions({
      readTimeout: options.readTimeoutMs,
      // httpx also arms the socket's idle timer with connectTimeout, so a slow answer fails after
      // min(connect, read) (docs/vod-api.md §1.7). Passing the larger value keeps readTimeoutMs the real deadline.
      connectTimeout: Math.max(options.connectTimeoutMs, options.readTimeoutMs),
    });
    const { credentials } = options;
    this.#secrets =
      credentials.kind === 'static' ? [credentials.accessKeySecret, credentials.securityToken ?? ''] : [];
    this.#sleep = options.sleep ?? realSleep;
  }

  /** The logger of this transport's calls, for what the caller notes about their answers. */
  get logger(): Logger {
    return this.#options.logger;
  }

  /** Sends one action with its business parameters (all in the query, like the generated SDK), retrying. */
  async call(action: string, query: Record<string, string>, options: CallOptions = {}): Promise<CallResult> {
    const { signal, lane, logFields, onAttempt, onSend } = options;
    const params = vodRpcParams(action, this.#options.protocol);
    for (let attempt = 1; ; attempt++) {
      await this.#options.pacer.acquire(action, signal, lane);
      const probe = watchRetryAfter();
      const started = performance.now();
      onSend?.();
      try {
        const response = await this.#client.callApi(
          params,
          new openapi.OpenApiRequest({ query, headers: probe.headers }),
          this.#runtime,
        );
        probe.take();
        const durationMs = Math.round(performance.now() - started);
        const requestId = requestIdOf(response.body);
        this.#options.logger.info('vod.call', {
          action,
          ...logFields,
          attempt,
          durationMs,
          status: 'ok',
          httpStatus: response.statusCode,
          requestId,
        });
        onAttempt?.({ attempt, requestId, durationMs, error: null });
        return { body: response.body, requestId, attempts: attempt };
      } catch (thrown) {
        const durationMs = Math.round(performance.now() - started);
        const error = withRetryAfter(toVodError(thrown, this.#secrets), probe.take());
        const willRetry = shouldRetry(error, attempt, this.#options.maxAttempts) && !signal?.aborted;
        this.#options.logger.warn('vod.call', {
          action,
          ...logFields,
          attempt,
          durationMs,
          status: error.code,
          httpStatus: error.httpStatus,
          requestId: error.requestId,
          retryable: error.retryable,
          willRetry,
          message: error.message,
        });
        onAttempt?.({ attempt, requestId: error.requestId, durationMs, error });
        if (!willRetry) throw error;
        const delay = backoffDelayMs(
          attempt,
          this.#options.backoff,
          error.retryAfterMs,
          this.#options.random,
        );
        // Cancelled while backing off: report what actually went wrong, not the cancellation.
        await this.#sleep(delay, signal).catch(() => Promise.reject(error));
      }
    }
  }
}

function withRetryAfter(error: VodError, retryAfterMs: number | null): VodError {
  if (retryAfterMs === null || error.retryAfterMs !== null) return error;
  return new VodError({
    code: error.code,
    message: error.message,
    httpStatus: error.httpStatus,
    requestId: error.requestId,
    retryable: error.retryable,
    retryAfterMs,
    mayHaveApplied: error.mayHaveApplied,
  });
}
