import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import Client, { Config, OpenApiRequest } from '@alicloud/openapi-client';
import RPCClient from '@alicloud/pop-core';
import { RuntimeOptions } from '@alicloud/tea-util';
import { VOD_API_VERSION } from '@/lib/edits/limits';
import { vodRpcParams } from '@/lib/vod-wire/rpc-params';
import type { RunningEmulator } from '../server';
import { percentEncode } from '../signing/encode';
import { signatureV3, stringToSignV3, V3_ALGORITHM } from '../signing/v3';
import { formatWireTime } from '../time';

/** Parsed JSON as the tests read it: deep property paths, whose shape the assertions themselves check. */
// biome-ignore lint/suspicious/noExplicitAny: the expectations are the type check here.
export type Json = any;

/** A VOD action caller; resolves to the parsed JSON body and rejects with the client's own error. */
export type Caller = (action: string, params: Record<string, string>) => Promise<Json>;

export interface Key {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

export function keyOf(emulator: RunningEmulator): Key {
  return { accessKeyId: emulator.accessKeyId, accessKeySecret: emulator.accessKeySecret };
}

/** The real @alicloud/openapi-client, signing ACS3 (default) or RPC V1 (`signatureAlgorithm: 'v2'`). */
export function openApiCaller(
  emulator: RunningEmulator,
  mode: 'v3' | 'v1',
  key: Key = keyOf(emulator),
): Caller {
  const client = new Client(
    new Config({
      ...key,
      endpoint: emulator.endpoint,
      protocol: 'http',
      regionId: 'cn-shanghai',
      connectTimeout: 10_000,
      readTimeout: 10_000,
      ...(mode === 'v1' ? { signatureAlgorithm: 'v2' } : {}),
    }),
  );
  return async (action, query) => {
    const params = vodRpcParams(action, 'http');
    const response = await client.callApi(params, new OpenApiRequest({ query }), new RuntimeOptions({}));
    return response.body;
  };
}

/** @alicloud/pop-core, an independent client that signs RPC V1 its own way (form body on POST). */
export function popCoreCaller(emulator: RunningEmulator, key: Key = keyOf(emulator)): Caller {
  const client = new RPCClient({
    accessKeyId: key.accessKeyId,
    accessKeySecret: key.accessKeySecret,
    securityToken: key.securityToken,
    endpoint: emulator.url,
    apiVersion: VOD_API_VERSION,
  });
  return (action, params) => client.request(action, params, { method: 'POST', timeout: 10_000 });
}

/** The error code a caller's rejection carries (both clients expose `code`). */
export async function errorOf(promise: Promise<unknown>): Promise<{ code: string; data: Json }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: string; data?: Json };
    return { code: String(e.code), data: e.data };
  }
  throw new Error('expected the call to fail');
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: Json;
}

export interface RawV3Call {
  action: string;
  query?: Record<string, string>;
  body?: string | Buffer;
  contentType?: string;
  key?: Key;
  nonce?: string;
  date?: string;
  /** Sent instead of `body` after signing over `body` (to tamper with it). */
  sentBody?: string;
  /** Changes the Authorization header after signing (to tamper with it). */
  tamper?: (authorization: string) => string;
  /** Sends the headers at once and the body this many milliseconds later, as a slow client would. */
  bodyDelayMs?: number;
}

/** A hand-made ACS3-HMAC-SHA256 request, for cases the real clients cannot produce (tampering, replay). */
export async function rawV3(emulator: RunningEmulator, call: RawV3Call): Promise<RawResponse> {
  const key = call.key ?? keyOf(emulator);
  const query = new Map(Object.entries(call.query ?? {}));
  const body = call.body === undefined ? Buffer.alloc(0) : Buffer.from(call.body);
  const headers: Record<string, string> = {
    host: emulator.endpoint,
    'x-acs-action': call.action,
    'x-acs-version': VOD_API_VERSION,
    'x-acs-date': call.date ?? formatWireTime(Date.now()),
    'x-acs-signature-nonce': call.nonce ?? randomBytes(16).toString('hex'),
    'x-acs-content-sha256': createHash('sha256').update(body).digest('hex'),
  };
  if (call.contentType) headers['content-type'] = call.contentType;
  if (key.securityToken) {
    headers['x-acs-accesskey-id'] = key.accessKeyId;
    headers['x-acs-security-token'] = key.securityToken;
  }
  const names = Object.keys(headers).sort();
  const stringToSign = stringToSignV3(
    'POST',
    '/',
    query,
    names,
    (name) => headers[name] ?? '',
    headers['x-acs-content-sha256']!,
  );
  let authorization = `${V3_ALGORITHM} Credential=${key.accessKeyId},SignedHeaders=${names.join(';')},Signature=${signatureV3(key.accessKeySecret, stringToSign)}`;
  if (call.tamper) authorization = call.tamper(authorization);
  const search = [...query].map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  const { host: _host, ...sent } = headers;
  const url = `${emulator.url}/${search ? `?${search}` : ''}`;
  const signed = { ...sent, authorization };
  const payload = call.sentBody ?? (body.length > 0 ? body : undefined);
  if (call.bodyDelayMs !== undefined && payload !== undefined)
    return slowBodyRequest(url, signed, payload, call.bodyDelayMs);
  return rawFetch(url, { method: 'POST', headers: signed, body: payload });
}

/** A POST whose headers go out at once and whose body follows `delayMs` later (fetch would hold both). */
function slowBodyRequest(
  url: string,
  headers: Record<string, string>,
  payload: string | Buffer,
  delayMs: number,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const answered = new Headers();
        for (const [name, value] of Object.entries(response.headers))
          if (typeof value === 'string') answered.set(name, value);
        resolve({ status: response.statusCode ?? 0, headers: answered, text, json: parseJson(text) });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.flushHeaders();
    setTimeout(() => request.end(payload), delayMs);
  });
}

export async function rawFetch(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: parseJson(text) };
}

function parseJson(text: string): Json {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Flips one character of the hex signature in an Authorization header. */
export function alterSignature(authorization: string): string {
  const at = authorization.lastIndexOf('=') + 1;
  const flipped = authorization[at] === 'a' ? 'b' : 'a';
  return `${authorization.slice(0, at)}${flipped}${authorization.slice(at + 1)}`;
}
