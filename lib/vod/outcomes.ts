import type { WireUpdateVideoInfosResponse } from '@/lib/vod-wire/shapes';
import type { VodError } from './errors';
import type { VideoChange, VideoOutcome } from './types';

/**
 * What each video of a successful UpdateVideoInfos call came to. VOD answers 200 even when some items
 * failed; "updated" means the video was sent and named in no failure list.
 */
export function classifyUpdate(
  items: readonly VideoChange[],
  response: WireUpdateVideoInfosResponse,
): VideoOutcome[] {
  const forbidden = new Set(response.ForbiddenVideoIds);
  const missing = new Set(response.NonExistVideoIds);
  const missingReferences = new Set(response.NonExistReferenceIds);
  return items.map(({ videoId, changes }) => {
    const status = forbidden.has(videoId)
      ? 'forbidden'
      : missing.has(videoId)
        ? 'not_found'
        : changes.referenceId !== undefined && missingReferences.has(changes.referenceId)
          ? 'reference_not_found'
          : 'updated';
    return { videoId, status, requestId: response.RequestId };
  });
}

// A whole-request rejection caused by credentials, signing or the account, not by any item's content.
const ACCOUNT_LEVEL_PREFIXES = [
  'InvalidAccessKeyId',
  'InvalidSecurityToken',
  'InvalidTimeStamp',
  'InvalidCredentials',
  'InvalidVersion',
  'InvalidAction',
  'InvalidApi',
];

/**
 * Whether a rejected UpdateVideoInfos call was most likely refused for one of its items (a value over a
 * limit, a taken ReferenceId, an unknown category, a video in the wrong state), so splitting the chunk
 * lets the other items through.
 */
export function isItemRejection(error: VodError): boolean {
  if (error.retryable || (error.httpStatus !== 400 && error.httpStatus !== 404)) return false;
  if (error.code === 'Forbidden.IllegalStatus') return true;
  return error.code.startsWith('Invalid') && !ACCOUNT_LEVEL_PREFIXES.some((p) => error.code.startsWith(p));
}

/**
 * The outcome of every item of a call that failed as a whole: `unknown` when some attempt may have been
 * applied (`mayHaveApplied`, across the retries), else failed (or not_found for a lone missing video).
 */
export function failedOutcomes(
  items: readonly VideoChange[],
  error: VodError,
  mayHaveApplied = error.mayHaveApplied,
): VideoOutcome[] {
  const status =
    items.length === 1 && error.code === 'InvalidVideo.NotFound'
      ? 'not_found'
      : mayHaveApplied
        ? 'unknown'
        : 'failed';
  return items.map(({ videoId }) => ({
    videoId,
    status,
    requestId: error.requestId,
    ...(status === 'not_found'
      ? {}
      : { error: { code: error.code, message: error.message, retryable: error.retryable } }),
  }));
}
