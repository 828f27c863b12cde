/**
 * VOD's error codes as the emulator answers them (docs/vod-api.md §2), with the service's English messages.
 * Every failure inside the emulator is a VodError; the HTTP layer renders it as VOD's JSON error body.
 */

export class VodError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'VodError';
  }
}

/** Error factories, one per code the emulator emits. */
export const vodErrors = {
  missingParameter: (name: string) =>
    new VodError(`Missing${name}`, 400, `${name} is mandatory for this action.`),
  invalidParameter: (message: string) => new VodError('InvalidParameter', 400, message),
  matchSyntax: (message: string) => new VodError('ErrorMatchSyntax', 400, message),
  sortByExceededMax: (max: number) =>
    new VodError('SortByExceededMax', 400, `SortBy takes at most ${max} field${max === 1 ? '' : 's'} here.`),
  countExceededMax: (max: number, count: number) =>
    new VodError('CountExceededMax', 400, `The count of items exceeds the maximum of ${max} (got ${count}).`),
  videoIdsExceededMax: (max: number) =>
    new VodError('VideoIdsExceededMax', 400, `The number of video IDs exceeds the maximum of ${max}.`),
  videoListExceededMax: (cap: number) =>
    new VodError('VideoListExceededMax', 400, `The video list exceeds the maximum of ${cap} records.`),
  videoNotFound: () => new VodError('InvalidVideo.NotFound', 404, 'The video does not exist.'),
  cateIdNotFound: () => new VodError('InvalidCateId.NotFound', 404, 'The CateId does not exist.'),
  invalidAction: () =>
    new VodError(
      'InvalidAction.NotFound',
      404,
      'Specified api is not found, please check your url and method.',
    ),
  invalidVersion: () => new VodError('InvalidVersion', 400, 'Specified parameter Version is not valid.'),
  pathNotFound: () =>
    new VodError(
      'InvalidAction.NotFound',
      404,
      'Specified api is not found, please check your url and method.',
    ),
  methodNotAllowed: (method: string) =>
    new VodError('UnsupportedHTTPMethod', 405, `The HTTP method ${method} is not supported.`, {
      allow: 'GET, POST',
    }),
  bodyTooLarge: (maxBytes: number) =>
    new VodError('RequestBodyTooLarge', 413, `The request body exceeds the maximum of ${maxBytes} bytes.`),
  headerTooLarge: (maxBytes: number) =>
    new VodError(
      'RequestHeaderTooLarge',
      431,
      `The request line and headers exceed the maximum of ${maxBytes} bytes.`,
    ),
  badRequest: (message: string) => new VodError('BadRequest', 400, message),
  accessKeyNotFound: () =>
    new VodError('InvalidAccessKeyId.NotFound', 404, 'Specified access key is not found.'),
  incompleteSignature: (detail: string) =>
    new VodError(
      'IncompleteSignature',
      400,
      `The request signature does not conform to Aliyun standards. ${detail}`,
    ),
  signatureDoesNotMatch: (stringToSign: string) =>
    new VodError(
      'SignatureDoesNotMatch',
      400,
      `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
    ),
  contentHashMismatch: () =>
    new VodError(
      'SignatureDoesNotMatch',
      400,
      'The x-acs-content-sha256 header does not match the SHA-256 hash of the request body.',
    ),
  timestampFormat: (value: string) =>
    new VodError(
      'InvalidTimeStamp.Format',
      400,
      `Specified time stamp or date value is not well formatted: ${value}`,
    ),
  timestampExpired: () =>
    new VodError(
      'InvalidTimeStamp.Expired',
      400,
      'Specified time stamp or date value is expired: it differs from the server time by more than 15 minutes.',
    ),
  nonceUsed: () => new VodError('SignatureNonceUsed', 400, 'Specified signature nonce was used already.'),
  securityTokenMalformed: () =>
    new VodError('InvalidSecurityToken.Malformed', 400, 'Specified SecurityToken is malformed.'),
  securityTokenExpired: () =>
    new VodError('InvalidSecurityToken.Expired', 400, 'Specified SecurityToken is expired.'),
  throttled: (retryAfterMs: number) =>
    new VodError('Throttling.User', 400, 'Request was denied due to user flow control.', {
      'x-acs-retry-after': String(retryAfterMs),
    }),
  forbiddenLoopback: () =>
    new VodError('Forbidden', 403, 'The emulator control API only answers loopback clients.'),
  conflict: (message: string) => new VodError('Conflict', 409, message),
  internal: () =>
    new VodError('InternalError', 500, 'The request processing has failed due to some unknown error.'),
  injected: (code: string, status: number) =>
    new VodError(code, status, 'The request has failed due to a temporary failure of the server.'),
} as const;

/** A thrown value as the emulator answers it: a VodError as it is; anything else is logged and answered InternalError. */
export function asVodError(caught: unknown, source: string): VodError {
  if (caught instanceof VodError) return caught;
  console.error(`VOD emulator: ${source} internal error`, caught);
  return vodErrors.internal();
}
