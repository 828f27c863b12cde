import 'server-only';
import { getVodClient, type VodClient } from './client';

/**
 * The VOD layer's single entry. App code imports from '@/lib/vod' only; the functions below use the
 * process's client, built from the configuration.
 */

export type { VodClient, VodClientOptions } from './client';
export { clientOptionsFromConfig, createVodClient, getVodClient } from './client';
export { LOCAL_ERROR_CODES, VodError } from './errors';
export { buildMatch } from './match';
export type { Pacer, PacerOptions, PacerStore } from './pacer';
export { createPacer, MemoryPacerStore, processPacerStore } from './pacer';
export {
  type PacerStoreStats,
  type ReserveRun,
  ReservingPacerStore,
  type ReservingPacerStoreOptions,
} from './reserving-pacer-store';
export { reshapeChange, reshapeVideo } from './reshape';
export type { BackoffPolicy } from './retry';
export type { PageRequest } from './search';
export type * from './types';
export type { UpdateChunkOptions } from './update';
export type { GetVideosResult } from './videos';

/** One page of videos matching a filter. */
export const searchVideos: VodClient['searchVideos'] = (filter, page) =>
  getVodClient().searchVideos(filter, page);

/** Every video matching a filter, page after page. */
export const iterateVideos: VodClient['iterateVideos'] = (filter, options) =>
  getVodClient().iterateVideos(filter, options);

/** Videos by ID, any number. */
export const getVideos: VodClient['getVideos'] = (ids, options) => getVodClient().getVideos(ids, options);

/** The category tree, cached briefly. */
export const getCategories: VodClient['getCategories'] = (options) => getVodClient().getCategories(options);
