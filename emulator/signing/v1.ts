import { createHmac } from 'node:crypto';
import { percentEncode } from './encode';

/** Classic RPC V1 (HMAC-SHA1), used by `signatureAlgorithm: 'v2'` and by @alicloud/pop-core (§1.4). */

export const V1_SIGNATURE_METHOD = 'HMAC-SHA1';
export const V1_SIGNATURE_VERSION = '1.0';

/** `METHOD&%2F&pctenc(sorted pctenc(k)=pctenc(v))` over every parameter except Signature. */
export function stringToSignV1(method: string, params: ReadonlyMap<string, string>): string {
  const keys = [...params.keys()].filter((key) => key !== 'Signature').sort();
  let canonical = '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    canonical += `${i === 0 ? '' : '&'}${percentEncode(key)}=${percentEncode(params.get(key)!)}`;
  }
  return `${method}&%2F&${percentEncode(canonical)}`;
}

/** Base64 HMAC-SHA1 keyed with `secret + '&'`. */
export function signatureV1(secret: string, stringToSign: string): string {
  return createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
}
