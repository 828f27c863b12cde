import 'server-only';
import { type AppConfig, getConfig, type VodCredentials } from '@/lib/config';
import { reservePacerSlots } from '@/lib/db/queries/pacer';
import { type Logger, log } from '@/lib/log';
import { processSlot } from '@/lib/process-slot';
import { fetchCategoryTree } from './categories';
import { createPacer, MemoryPacerStore, type Pacer, type PacerStore, processPacerStore } from './pacer';
import { ReservingPacerStore } from './reserving-pacer-store';
import { type BackoffPolicy, DEFAULT_BACKOFF } from './retry';
import { iterateVideos, type PageRequest, searchVideos } from './search';
import { VodTransport } from './transport';
import type { CategoryNode, ChunkUpdate, Video, VideoChange, VideoFilter, VideoPage } from './types';
import { type UpdateChunkOptions, updateChunk } from './update';
import { type GetVideosOptions, type GetVideosResult, getVideos } from './videos';

export interface VodClientOptions {
  /** host[:port], no scheme, e.g. vod.cn-shanghai.aliyuncs.com or 127.0.0.1:4010. */
  endpoint: string;
  protocol: 'http' | 'https';
  credentials: VodCredentials;
  connectTimeoutMs?: number;
  readTimeoutMs?: number;
  /** Attempts per call, the first included. */
  maxAttempts?: number;
  backoff?: BackoffPolicy;
  /** Defaults to the process-wide pacer for this endpoint and account. */
  pacer?: Pacer;
  logger?: Logger;
  /** How long getCategories serves its cached tree. */
  categoryCacheMs?: number;
}

export interface VodClient {
  /** One page of videos matching a filter. */
  searchVideos(filter: VideoFilter, page?: PageRequest): Promise<VideoPage>;
  /** Every video matching a filter. */
  iterateVideos(
    filter: VideoFilter,
    options?: { pageSize?: number; signal?: AbortSignal },
  ): AsyncGenerator<Video>;
  /** Videos by ID, any number; IDs VOD does not know come back in missingIds. */
  getVideos(ids: readonly string[], options?: GetVideosOptions): Promise<GetVideosResult>;
  /** The category tree, cached briefly; `refresh` skips the cache. */
  getCategories(options?: { refresh?: boolean }): Promise<CategoryNode[]>;
  /** Saves the changes of at most 20 distinct videos in one paced call; an outcome for every video. */
  updateChunk(changes: readonly VideoChange[], options?: UpdateChunkOptions): Promise<ChunkUpdate>;
}

const DEFAULTS = { connectTimeoutMs: 5_000, readTimeoutMs: 10_000, maxAttempts: 6, categoryCacheMs: 60_000 };

function accountKey(options: VodClientOptions): string {
  const { credentials } = options;
  return `${options.endpoint}|${credentials.kind === 'static' ? credentials.accessKeyId : 'default-chain'}`;
}

/** A VOD client from explicit options (tests, benchmarks, scripts); the app uses getVodClient(). */
export function createVodClient(options: VodClientOptions): VodClient {
  const transport = new VodTransport({
    endpoint: options.endpoint,
    protocol: options.protocol,
    credentials: options.credentials,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
    readTimeoutMs: options.readTimeoutMs ?? DEFAULTS.readTimeoutMs,
    maxAttempts: options.maxAttempts ?? DEFAULTS.maxAttempts,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    pacer: options.pacer ?? createPacer({ store: processPacerStore(), account: accountKey(options) }),
    logger: options.logger ?? log,
  });
  const categoryCacheMs = options.categoryCacheMs ?? DEFAULTS.categoryCacheMs;
  let categories: { tree: Promise<CategoryNode[]>; expiresAt: number } | null = null;

  return {
    searchVideos: (filter, page) => searchVideos(transport, filter, page),
    iterateVideos: (filter, iterateOptions) => iterateVideos(transport, filter, iterateOptions),
    getVideos: (ids, getOptions) => getVideos(transport, ids, getOptions),
    getCategories(getOptions) {
      if (!categories || getOptions?.refresh || categories.expiresAt <= Date.now()) {
        const entry = { tree: fetchCategoryTree(transport), expiresAt: Number.POSITIVE_INFINITY };
        categories = entry;
        // Concurrent callers share the walk in flight; a failed walk is not cached.
        entry.tree.then(
          () => {
            entry.expiresAt = Date.now() + categoryCacheMs;
          },
          () => {
            if (categories === entry) categories = null;
          },
        );
      }
      return categories.tree;
    },
    updateChunk: (changes, updateOptions) => updateChunk(transport, changes, updateOptions),
  };
}

/** Client options from the app configuration. */
export function clientOptionsFromConfig(vod: AppConfig['vod']): VodClientOptions {
  return {
    endpoint: vod.endpoint,
    protocol: vod.protocol,
    credentials: vod.credentials,
    connectTimeoutMs: vod.connectTimeoutMs,
    readTimeoutMs: vod.readTimeoutMs,
    maxAttempts: vod.maxAttempts,
  };
}

const processClient = processSlot<VodClient>('vod-client');

/** The process's VOD client, built once from the configuration; it survives Next.js dev reloads. */
export function getVodClient(): VodClient {
  return processClient.getOrCreate(() => {
    const config = getConfig();
    const options = clientOptionsFromConfig(config.vod);
    const store = processPacerStore(() => pacerStoreFor(config.database));
    return createVodClient({ ...options, pacer: createPacer({ store, account: accountKey(options) }) });
  });
}

/**
 * With PostgreSQL, every app server on the database may call VOD, so the budget is kept there; PGlite is
 * one process by design and paces in memory.
 */
function pacerStoreFor(database: AppConfig['database']): PacerStore {
  if (database.kind !== 'postgres') return new MemoryPacerStore();
  return new ReservingPacerStore((key, count, intervalMs, aheadMs) =>
    reservePacerSlots(key, count, intervalMs, aheadMs),
  );
}
