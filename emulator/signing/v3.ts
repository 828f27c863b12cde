import { createHash, createHmac } from 'node:crypto';
import { percentEncode } from './encode';

/**
 * ACS3-HMAC-SHA256, the default signature of @alicloud/openapi-client (docs/vod-api.md §1.3). The server and
 * the tests' raw signer share these functions; the contract tests prove them against the real clients.
 */

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = createHash('sha256').update('').digest('hex');

/** Sorted `key=pctenc(value)` pairs; keys are not encoded, exactly as the client builds them. */
export function canonicalQueryV3(query: ReadonlyMap<string, string>): string {
  if (query.size === 0) return '';
  const keys = [...query.keys()].sort();
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    out += `${i === 0 ? '' : '&'}${key}=${percentEncode(query.get(key)!)}`;
  }
  return out;
}

/** The string to sign for a request; `headerValue` returns a lowercase header's value ('' when absent). */
export function stringToSignV3(
  method: string,
  pathname: string,
  query: ReadonlyMap<string, string>,
  signedHeaders: readonly string[],
  headerValue: (name: string) => string,
  bodySha256Hex: string,
): string {
  let headers = '';
  for (const name of signedHeaders) headers += `${name}:${headerValue(name).trim()}\n`;
  const canonicalRequest = `${method}\n${pathname}\n${canonicalQueryV3(query)}\n${headers}\n${signedHeaders.join(';')}\n${bodySha256Hex}`;
  return `${V3_ALGORITHM}\n${createHash('sha256').update(canonicalRequest).digest('hex')}`;
}

/** Hex HMAC-SHA256 of the string to sign, keyed with the AccessKey secret as-is. */
export function signatureV3(secret: string, stringToSign: string): string {
  return createHmac('sha256', secret).update(stringToSign).digest('hex');
}

export interface V3Authorization {
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`; null when it does not have that form. */
export function parseAuthorizationV3(header: string): V3Authorization | null {
  if (!header.startsWith(`${V3_ALGORITHM} `)) return null;
  const fields = new Map<string, string>();
  for (const part of header.slice(V3_ALGORITHM.length + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature || !/^[0-9a-f]{64}$/.test(signature)) return null;
  const names = signedHeaders.split(';');
  // The list must be the sorted, lowercase form the algorithm defines, or the signature cannot be checked.
  const isCanonical = names.every(
    (name, i) => name !== '' && name === name.toLowerCase() && (i === 0 || names[i - 1]! < name),
  );
  return isCanonical ? { accessKeyId, signedHeaders: names, signature } : null;
}
