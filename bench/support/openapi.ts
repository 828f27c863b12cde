import Client, { Config, OpenApiRequest } from '@alicloud/openapi-client';
import { RuntimeOptions } from '@alicloud/tea-util';
import { vodRpcParams } from '@/lib/vod-wire/rpc-params';

/**
 * The bare @alicloud/openapi-client as the VOD SDK drives it (docs/vod-api.md §1.1), without lib/vod's pacer and
 * retries: the emulator benchmark measures the server, so the client must add nothing of ours.
 */

export interface RpcTarget {
  /** host:port, no scheme. */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
}

export type RpcCall = (action: string, query: Record<string, string>) => Promise<unknown>;

/** A signed (ACS3-HMAC-SHA256) caller of VOD actions over plain HTTP. */
export function createRpcCall(target: RpcTarget): RpcCall {
  const client = new Client(
    new Config({
      endpoint: target.endpoint,
      protocol: 'http',
      accessKeyId: target.accessKeyId,
      accessKeySecret: target.accessKeySecret,
    }),
  );
  const runtime = new RuntimeOptions({ readTimeout: 30_000, connectTimeout: 30_000 });
  return async (action, query) => {
    const params = vodRpcParams(action, 'http');
    const response = await client.callApi(params, new OpenApiRequest({ query }), runtime);
    return response.body;
  };
}
