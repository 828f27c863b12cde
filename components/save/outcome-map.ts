import type { OutcomeMap } from '@/components/grid/state/outcome-store';
import type { ItemOutcome } from '@/lib/batches';
import type { SaveItem } from '@/lib/edits/fields';

/** The map with every listed video's outcome replaced. */
export function withOutcomes(
  map: OutcomeMap,
  outcomes: Iterable<{ videoId: string; outcome: ItemOutcome }>,
): OutcomeMap {
  const next = new Map(map);
  for (const { videoId, outcome } of outcomes) next.set(videoId, outcome);
  return next;
}

/** The map with the given videos marked as being saved. */
export function withPending(map: OutcomeMap, videoIds: Iterable<string>): OutcomeMap {
  const next = new Map(map);
  for (const videoId of videoIds) next.set(videoId, { kind: 'pending' });
  return next;
}

/** The map without the given videos' outcomes. */
export function withoutOutcomes(map: OutcomeMap, videoIds: Iterable<string>): OutcomeMap {
  const next = new Map(map);
  for (const videoId of videoIds) next.delete(videoId);
  return next;
}

const ITEM_KEY = /^items\.(\d+)(?:\.|$)/;

/**
 * A refused save's field errors (keyed `items.<index>.<path>`) as failed outcomes on the rows they are
 * about; errors about the request as a whole come back as plain messages.
 */
export function refusalOutcomes(
  items: readonly SaveItem[],
  fieldErrors: Record<string, string[]>,
): { outcomes: Array<{ videoId: string; outcome: ItemOutcome }>; general: string[] } {
  const byVideo = new Map<string, string[]>();
  const general: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const index = ITEM_KEY.exec(key)?.[1];
    const item = index === undefined ? undefined : items[Number(index)];
    if (item) byVideo.set(item.videoId, [...(byVideo.get(item.videoId) ?? []), ...messages]);
    else general.push(...messages);
  }
  return {
    outcomes: [...byVideo].map(([videoId, messages]) => ({
      videoId,
      outcome: { kind: 'failed', code: null, message: messages.join(' '), requestId: null, retryable: false },
    })),
    general,
  };
}
