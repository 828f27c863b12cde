import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { VodError } from '../errors';

const JSON_TYPE = 'application/json;charset=utf-8';

/** The HostId of errors raised before a request names its host. */
export const DEFAULT_HOST_ID = 'vod.emulator.local';

/** The HostId VOD's error body carries: the host the client called. */
export function hostIdOf(req: IncomingMessage): string {
  return req.headers.host ?? DEFAULT_HOST_ID;
}

/** VOD's request id shape: an uppercase UUID. */
export function newRequestId(): string {
  return randomUUID().toUpperCase();
}

/** VOD's error body (docs/vod-api.md §2). */
export function errorBody(error: VodError, requestId: string, hostId: string): string {
  return JSON.stringify({
    RequestId: requestId,
    HostId: hostId,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=Vod&requestId=${requestId}`,
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    'content-type': JSON_TYPE,
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export function sendError(res: ServerResponse, error: VodError, requestId: string, hostId: string): void {
  sendJson(res, error.status, errorBody(error, requestId, hostId), {
    'x-acs-request-id': requestId,
    ...error.headers,
  });
}

/**
 * A complete raw HTTP response for errors Node's parser raises before a request exists (a URL or
 * headers over the limit, malformed HTTP): clients still get VOD's JSON error body.
 */
export function rawErrorResponse(error: VodError, hostId: string): string {
  const requestId = newRequestId();
  const body = errorBody(error, requestId, hostId);
  return (
    `HTTP/1.1 ${error.status} ${error.status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
    `content-type: ${JSON_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
    `x-acs-request-id: ${requestId}\r\nconnection: close\r\n\r\n${body}`
  );
}
