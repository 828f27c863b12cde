/**
 * The batches a view has started, kept in sessionStorage so an editor who leaves the page and comes back
 * (in the same tab) sees the save's progress and outcomes again; the batch runs on in the server anyway.
 */

const PREFIX = 'vod-bulk-editor:saves:';
// A view's later saves override earlier ones row by row; older ones no longer matter after a while.
const KEEP = 20;

/** The batch ids remembered for a view, oldest first. */
export function readSavedBatchIds(viewKey: string): string[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(PREFIX + viewKey) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Remembers one more batch for a view. */
export function rememberBatchId(viewKey: string, batchId: string): void {
  writeIds(viewKey, [...readSavedBatchIds(viewKey).filter((id) => id !== batchId), batchId].slice(-KEEP));
}

/** Forgets one batch of a view (it no longer exists). */
export function forgetBatchId(viewKey: string, batchId: string): void {
  writeIds(
    viewKey,
    readSavedBatchIds(viewKey).filter((id) => id !== batchId),
  );
}

/** Forgets every batch of a view. */
export function forgetAllBatchIds(viewKey: string): void {
  writeIds(viewKey, []);
}

function writeIds(viewKey: string, ids: string[]): void {
  try {
    if (ids.length === 0) sessionStorage.removeItem(PREFIX + viewKey);
    else sessionStorage.setItem(PREFIX + viewKey, JSON.stringify(ids));
  } catch {
    // Storage full or disabled: the save still runs; only coming back to it is lost.
  }
}
