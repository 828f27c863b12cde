import { Params } from '@alicloud/openapi-client';
import { VOD_API_VERSION } from '@/lib/edits/limits';

/**
 * How the generated VOD SDK sends every action (docs/vod-api.md §1.1): RPC style, POST, business parameters in
 * the query, a JSON answer. Shared by the app's transport and the tests and benchmarks that drive the bare
 * client, so they all speak to VOD (or the emulator) the same way.
 */
export function vodRpcParams(action: string, protocol: 'http' | 'https'): Params {
  return new Params({
    action,
    version: VOD_API_VERSION,
    protocol,
    pathname: '/',
    method: 'POST',
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json',
  });
}
