import type { EditableValues, FieldChanges } from '@/lib/edits/fields';
import type { WireVideoStatus } from '@/lib/vod-wire/shapes';

/** A video's Status; `Unknown` for a value outside the nine VOD documents. */
export type VideoStatus = WireVideoStatus | 'Unknown';

/** A video as the app models it: reshaped from WireVideo (tags as a list, ISO times, nulls for absent values). */
export interface Video extends EditableValues {
  id: string;
  cateName: string | null;
  status: VideoStatus;
  durationSec: number | null;
  sizeBytes: number | null;
  /** ISO 8601 UTC. */
  creationTime: string;
  /** ISO 8601 UTC, or null when VOD reports none. */
  modificationTime: string | null;
}

/** What the videos page filters by; lib/vod turns it into a SearchMedia Match expression. */
export interface VideoFilter {
  /** Fuzzy text in Title, Tags or Description. */
  text?: string;
  /** The category the editor chose. */
  cateId?: number;
  /** Only the chosen category itself, not its sub-categories. */
  isCategoryOnly?: boolean;
  /** Videos filed under any of these categories (the chosen one and its sub-categories); overrides cateId. */
  cateIds?: number[];
  statuses?: WireVideoStatus[];
  /** ISO 8601 bounds on CreationTime, inclusive. */
  createdFrom?: string;
  createdTo?: string;
  videoIds?: string[];
  sort?: 'CreationTime:Desc' | 'CreationTime:Asc';
}

export interface VideoPage {
  videos: Video[];
  /** Every video matching the filter, per SearchMedia's Total. */
  total: number;
  /** Pass back to continue after this page; null when there is nothing more. */
  scrollToken: string | null;
}

export interface CategoryNode {
  id: number;
  name: string;
  level: number;
  parentId: number;
  /** Names from the root down to this category, inclusive. */
  path: string[];
  children: CategoryNode[];
}

export interface VideoChange {
  videoId: string;
  changes: FieldChanges;
}

/**
 * `unknown`: the call may have been applied but its answer never arrived (a timeout, a connection cut after
 * sending, a 5xx); reading the video back tells what VOD holds.
 */
export type VideoOutcomeStatus =
  | 'updated'
  | 'forbidden'
  | 'not_found'
  | 'reference_not_found'
  | 'failed'
  | 'unknown';

export interface VideoOutcome {
  videoId: string;
  status: VideoOutcomeStatus;
  /** The request that decided this outcome (the last attempt's), for support tickets. */
  requestId: string | null;
  error?: { code: string; message: string; retryable: boolean };
}

/** One UpdateVideoInfos chunk as it landed: its timeline and the outcome of each video in it. */
export interface ChunkUpdate {
  outcomes: VideoOutcome[];
  startedAt: Date;
  durationMs: number;
  /** Calls made for this chunk, including retries and the halving of a rejected chunk. */
  attempts: number;
  /** Of those, the calls VOD answered with throttling. */
  throttled: number;
  requestIds: string[];
}
