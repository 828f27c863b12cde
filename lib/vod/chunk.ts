import type { VideoChange } from './types';

/**
 * Folds every change to the same video into one, in order (a later value of a field wins), keeping the
 * order in which videos first appear. A video then lands in exactly one UpdateVideoInfos item.
 */
export function mergeChanges(changes: readonly VideoChange[]): VideoChange[] {
  const merged = new Map<string, VideoChange>();
  for (const change of changes) {
    const existing = merged.get(change.videoId);
    merged.set(change.videoId, {
      videoId: change.videoId,
      changes: existing ? { ...existing.changes, ...change.changes } : { ...change.changes },
    });
  }
  return [...merged.values()];
}

/** Consecutive slices of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`Chunk size must be a positive integer: ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
