/** An error code in words: what happened, and what the editor can do next. */
export interface ErrorExplanation {
  sentence: string;
  nextStep: string;
}

/** errors texts (English): every error code a user can meet, as a sentence with the next step. */
export const errorMessages = {
  details: 'Details',
  code: 'Error code',
  requestId: 'Request ID',
  technical: 'Technical message',
  connection: {
    sentence: 'The app could not reach VOD.',
    nextStep: 'Check the network or VOD’s status page, then retry the failed videos.',
  },
  timeout: {
    sentence: 'VOD did not answer in time.',
    nextStep: 'Retry the failed videos; if it keeps happening, save fewer videos at once.',
  },
  invalidResponse: {
    sentence: 'VOD sent an answer the app could not read, usually a gateway’s error page.',
    nextStep: 'Retry in a few minutes.',
  },
  credentials: {
    sentence: 'VOD refused the app’s access key: it is missing, wrong or expired.',
    nextStep: 'Ask an admin to check the VOD credentials of this app.',
  },
  aborted: {
    sentence: 'The call to VOD was cancelled before it was sent.',
    nextStep: 'Retry the failed videos.',
  },
  invalidArgument: {
    sentence: 'A filter value could not be sent to VOD.',
    nextStep: 'Change the filter and try again.',
  },
  throttled: {
    sentence: 'VOD was busy with too many calls from this account.',
    nextStep: 'Retry in a minute.',
  },
  unavailable: {
    sentence: 'VOD had a temporary problem.',
    nextStep: 'Retry in a few minutes.',
  },
  forbidden: {
    sentence: 'The VOD account has no permission to change this video.',
    nextStep: 'Ask an admin to grant this app access to the video, then retry.',
  },
  notFound: {
    sentence: 'This video no longer exists in VOD.',
    nextStep: 'Nothing to do: there is no video left to change.',
  },
  referenceNotFound: {
    sentence: 'VOD does not know the Reference ID used to find this video.',
    nextStep: 'Check the Reference ID in the grid and save again.',
  },
  invalidCharacter: {
    sentence: 'The new value holds a character VOD cannot store.',
    nextStep: 'Remove the character and save this video again.',
  },
  refused: {
    sentence: 'VOD refused the new values.',
    nextStep: 'Check the values against VOD’s limits (length, tags, Reference ID, cover URL) and save again.',
  },
  unknown: {
    sentence: 'Something went wrong while talking to VOD.',
    nextStep: 'Retry; if it keeps happening, tell an admin and quote the details below.',
  },
} as const;

const m = errorMessages;

/**
 * The sentence for an error code: the app's own codes (lib/vod/errors.ts LOCAL_ERROR_CODES, the save's
 * InvalidCharacter) and VOD's (docs/vod-api.md §2), by family so a new VOD code still reads well.
 */
export function explainErrorCode(code: string | null): ErrorExplanation {
  if (code === null) return m.unknown;
  switch (code) {
    case 'ConnectionFailed':
      return m.connection;
    case 'RequestTimeout':
      return m.timeout;
    case 'InvalidResponse':
      return m.invalidResponse;
    case 'InvalidCredentials':
    case 'SignatureDoesNotMatch':
    case 'IncompleteSignature':
      return m.credentials;
    case 'Aborted':
      return m.aborted;
    case 'InvalidArgument':
      return m.invalidArgument;
    case 'InvalidCharacter':
      return m.invalidCharacter;
    case 'InvalidVideo.NotFound':
      return m.notFound;
    case 'ServiceUnavailable':
    case 'ServiceUnAvailable':
    case 'InternalError':
      return m.unavailable;
  }
  if (code.includes('Throttling') || code === 'Http429') return m.throttled;
  if (code.startsWith('InvalidAccessKeyId') || code.startsWith('InvalidSecurityToken')) return m.credentials;
  if (code.startsWith('Forbidden') || code === 'Http403') return m.forbidden;
  if (/^Http5\d\d$/.test(code)) return m.unavailable;
  if (/^(Invalid|Missing|CountExceeded|Http4\d\d$)/.test(code)) return m.refused;
  return m.unknown;
}

/** The sentence for a video's save outcome that has no error code of its own (VOD named the video). */
export function explainOutcome(
  kind: 'forbidden' | 'not_found' | 'reference_not_found' | 'failed',
  code: string | null,
): ErrorExplanation {
  if (code !== null || kind === 'failed') return explainErrorCode(code);
  if (kind === 'forbidden') return m.forbidden;
  if (kind === 'not_found') return m.notFound;
  return m.referenceNotFound;
}
