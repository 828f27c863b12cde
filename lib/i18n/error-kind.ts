import type { en } from '@/lib/i18n/messages/en';

/** What went wrong, as a key of the errors catalog (lib/i18n/messages/<locale>/errors.ts). */
export type ErrorKind = Exclude<keyof typeof en.errors, 'details' | 'code' | 'requestId' | 'technical'>;

/**
 * The kind of an error code: the app's own codes (lib/vod/errors.ts LOCAL_ERROR_CODES, the save's
 * InvalidCharacter) and VOD's (docs/vod-api.md §2), by family so a new VOD code still reads well.
 */
export function errorKindOf(code: string | null): ErrorKind {
  if (code === null) return 'unknown';
  switch (code) {
    case 'ConnectionFailed':
      return 'connection';
    case 'RequestTimeout':
      return 'timeout';
    case 'InvalidResponse':
      return 'invalidResponse';
    case 'InvalidCredentials':
    case 'SignatureDoesNotMatch':
    case 'IncompleteSignature':
      return 'credentials';
    case 'Aborted':
      return 'aborted';
    case 'InvalidArgument':
      return 'invalidArgument';
    case 'InvalidCharacter':
      return 'invalidCharacter';
    case 'InvalidVideo.NotFound':
      return 'notFound';
    case 'ServiceUnavailable':
    case 'ServiceUnAvailable':
    case 'InternalError':
      return 'unavailable';
  }
  if (code.includes('Throttling') || code === 'Http429') return 'throttled';
  if (code.startsWith('InvalidAccessKeyId') || code.startsWith('InvalidSecurityToken')) return 'credentials';
  if (code.startsWith('Forbidden') || code === 'Http403') return 'forbidden';
  if (/^Http5\d\d$/.test(code)) return 'unavailable';
  if (/^(Invalid|Missing|CountExceeded|Http4\d\d$)/.test(code)) return 'refused';
  return 'unknown';
}

/** The kind of a video's save outcome, which may have no error code of its own (VOD named the video). */
export function outcomeErrorKind(
  kind: 'forbidden' | 'not_found' | 'reference_not_found' | 'failed',
  code: string | null,
): ErrorKind {
  if (code !== null || kind === 'failed') return errorKindOf(code);
  if (kind === 'forbidden') return 'forbidden';
  if (kind === 'not_found') return 'notFound';
  return 'referenceNotFound';
}
