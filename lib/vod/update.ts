import 'server-only';
import { LIMITS } from '@/lib/edits/limits';
import { abortedError, invalidArgument, isThrottling, VodError } from './errors';
import { classifyUpdate, failedOutcomes, isItemRejection } from './outcomes';
import { reshapeChange } from './reshape';
import { parseUpdateVideoInfos } from './schemas';
import type { VodTransport } from './transport';
import type { ChunkUpdate, VideoChange, VideoOutcome } from './types';

export interface UpdateChunkOptions {
  /** Stops sending: a chunk not yet sent ends `failed` with code Aborted; a call in flight still reports. */
  signal?: AbortSignal;
  /** The pacer lane the calls queue in (see Pacer); one per batch keeps concurrent batches fair. */
  lane?: string;
  /** Called as each UpdateVideoInfos attempt leaves, after the pacer admitted it. */
  onSend?: () => void;
}

const ACTION = 'UpdateVideoInfos';

interface Tally {
  attempts: number;
  throttled: number;
  requestIds: string[];
}

async function sendItems(
  transport: VodTransport,
  items: readonly VideoChange[],
  tally: Tally,
  options: UpdateChunkOptions,
): Promise<VideoOutcome[]> {
  const { signal, lane, onSend } = options;
  // Any attempt whose answer was lost may have been applied, even when a later retry failed cleanly.
  let mayHaveApplied = false;
  try {
    const { body } = await transport.call(
      ACTION,
      { UpdateContent: JSON.stringify(items.map(reshapeChange)) },
      {
        signal,
        lane,
        onSend,
        logFields: { items: items.length },
        onAttempt: ({ requestId, error }) => {
          tally.attempts++;
          if (error?.mayHaveApplied) mayHaveApplied = true;
          if (error && isThrottling(error)) tally.throttled++;
          if (requestId) tally.requestIds.push(requestId);
        },
      },
    );
    return classifyUpdate(items, parseUpdateVideoInfos(body, transport.logger));
  } catch (thrown) {
    if (!(thrown instanceof VodError)) throw thrown;
    if (items.length > 1 && isItemRejection(thrown) && !signal?.aborted) {
      // Halve until the offending item stands alone; the rest of the chunk still saves.
      const middle = Math.ceil(items.length / 2);
      const halves = await Promise.all([
        sendItems(transport, items.slice(0, middle), tally, options),
        sendItems(transport, items.slice(middle), tally, options),
      ]);
      return halves.flat();
    }
    return failedOutcomes(items, thrown, mayHaveApplied || thrown.mayHaveApplied);
  }
}

/**
 * Saves the changes of at most 20 distinct videos with one UpdateVideoInfos call under the account's
 * pacer, retried when worth it and halved around an item VOD rejects; every video gets an outcome. An
 * outcome `unknown` means the answer never arrived (or was a 5xx) after the call may have been applied:
 * only reading the video back tells.
 */
export async function updateChunk(
  transport: VodTransport,
  changes: readonly VideoChange[],
  options: UpdateChunkOptions = {},
): Promise<ChunkUpdate> {
  if (changes.length > LIMITS.updateItemsPerCall) {
    throw invalidArgument(`At most ${LIMITS.updateItemsPerCall} videos per UpdateVideoInfos call`);
  }
  if (new Set(changes.map((change) => change.videoId)).size !== changes.length) {
    throw invalidArgument('A video may appear only once in an UpdateVideoInfos call');
  }
  const startedAt = new Date();
  const started = performance.now();
  const tally: Tally = { attempts: 0, throttled: 0, requestIds: [] };
  const outcomes =
    changes.length === 0
      ? []
      : options.signal?.aborted
        ? failedOutcomes(changes, abortedError())
        : await sendItems(transport, changes, tally, options);
  return {
    outcomes,
    startedAt,
    durationMs: Math.round(performance.now() - started),
    attempts: tally.attempts,
    throttled: tally.throttled,
    requestIds: tally.requestIds,
  };
}
