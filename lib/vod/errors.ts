/**
 * The one error type of the VOD boundary. Whatever @alicloud/openapi-client, httpx or Node throws is turned
 * into a VodError here, with a message that never carries the AccessKey secret, the security token or the
 * request URL (httpx puts the full URL, query included, into timeout messages).
 */

/** Codes for failures that happen on this side of the wire; VOD's own codes pass through unchanged. */
export const LOCAL_ERROR_CODES = {
  timeout: 'RequestTimeout',
  connection: 'ConnectionFailed',
  invalidResponse: 'InvalidResponse',
  invalidCredentials: 'InvalidCredentials',
  aborted: 'Aborted',
  invalidArgument: 'InvalidArgument',
  unknown: 'UnknownError',
} as const;

export interface VodErrorInit {
  code: string;
  message: string;
  httpStatus?: number | null;
  requestId?: string | null;
  retryable: boolean;
  /** Server's x-acs-retry-after hint, in milliseconds. */
  retryAfterMs?: number | null;
  /** The request may have reached VOD and been applied although no clear answer came back. */
  mayHaveApplied?: boolean;
}

export class VodError extends Error {
  readonly code: string;
  readonly httpStatus: number | null;
  readonly requestId: string | null;
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;
  readonly mayHaveApplied: boolean;

  constructor(init: VodErrorInit) {
    super(init.message);
    this.name = 'VodError';
    this.code = init.code;
    this.httpStatus = init.httpStatus ?? null;
    this.requestId = init.requestId ?? null;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.mayHaveApplied = init.mayHaveApplied ?? false;
  }
}

const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
]);

// Failures before any byte reached VOD: the call cannot have been applied.
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
]);

/** Whether VOD's error code or HTTP status says the same call may succeed later (docs/vod-api.md §2). */
export function isRetryableServerError(code: string, httpStatus: number | null): boolean {
  return (
    code.includes('Throttling') ||
    code === 'ServiceUnavailable' ||
    code === 'ServiceUnAvailable' ||
    code === 'InternalError' ||
    httpStatus === 429 ||
    (httpStatus !== null && httpStatus >= 500)
  );
}

/** Whether VOD answered "too many calls" (its Throttling codes or HTTP 429). */
export function isThrottling(error: Pick<VodError, 'code' | 'httpStatus'>): boolean {
  return error.code.includes('Throttling') || error.httpStatus === 429;
}

/** Removes URLs' query strings and every given secret from a text meant for errors or logs. */
export function sanitize(text: string, secrets: readonly string[] = []): string {
  let clean = text.replace(/(https?:\/\/[^\s?#]*)[?#]\S*/g, '$1');
  for (const secret of secrets) {
    if (secret.length > 0) clean = clean.split(secret).join('***');
  }
  return clean;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Maps anything thrown while calling VOD to a VodError, keeping secrets out of its message. */
export function toVodError(error: unknown, secrets: readonly string[] = []): VodError {
  if (error instanceof VodError) return error;
  const name = text(field(error, 'name')) ?? '';
  const rawMessage = sanitize(text(field(error, 'message')) ?? String(error), secrets);
  const statusCode = field(error, 'statusCode');
  const data = field(error, 'data');

  if (typeof statusCode === 'number') {
    // A tea ResponseError: VOD answered with a JSON error body.
    const code = text(field(data, 'Code')) ?? text(field(error, 'code')) ?? `Http${statusCode}`;
    return new VodError({
      code,
      message: sanitize(text(field(data, 'Message')) ?? rawMessage, secrets),
      httpStatus: statusCode,
      requestId: text(field(data, 'RequestId')) ?? null,
      retryable: isRetryableServerError(code, statusCode),
      // A 5xx may come from a gateway after VOD applied the call.
      mayHaveApplied: statusCode >= 500,
    });
  }
  if (name === 'RequestTimeoutError' || /^(Connect|Read)Timeout/.test(rawMessage)) {
    return new VodError({
      code: LOCAL_ERROR_CODES.timeout,
      message: rawMessage,
      retryable: true,
      mayHaveApplied: true,
    });
  }
  const errno = text(field(error, 'code'));
  if ((errno && NETWORK_ERROR_CODES.has(errno)) || /socket hang up/i.test(rawMessage)) {
    return new VodError({
      code: LOCAL_ERROR_CODES.connection,
      message: errno ? `${errno}: ${rawMessage}` : rawMessage,
      retryable: true,
      mayHaveApplied: !(errno && NEVER_SENT_CODES.has(errno)),
    });
  }
  if (errno === 'InvalidCredentials') {
    return new VodError({
      code: LOCAL_ERROR_CODES.invalidCredentials,
      message: rawMessage,
      retryable: false,
    });
  }
  if (error instanceof SyntaxError) {
    // The client parses every body as JSON; a non-JSON answer is almost always a gateway's HTML error page.
    return new VodError({
      code: LOCAL_ERROR_CODES.invalidResponse,
      message: `VOD answered with a body that is not JSON: ${rawMessage}`,
      retryable: true,
      mayHaveApplied: true,
    });
  }
  return new VodError({ code: LOCAL_ERROR_CODES.unknown, message: rawMessage, retryable: false });
}

/** The error for a caller's argument that cannot be sent to VOD (a bad filter value or scroll token). */
export function invalidArgument(message: string): VodError {
  return new VodError({ code: LOCAL_ERROR_CODES.invalidArgument, message, retryable: false });
}

/** The error an operation reports when its AbortSignal fired before the call was sent. */
export function abortedError(): VodError {
  return new VodError({
    code: LOCAL_ERROR_CODES.aborted,
    message: 'Cancelled before the call was sent',
    retryable: true,
  });
}
