import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Accounts } from './accounts';
import { handleVodRequest } from './api';
import type { EmulatorState } from './context';
import { CONTROL_PREFIX, handleControlRequest } from './control/routes';
import { MAX_HEADER_BYTES, NONCE_RETENTION_MS } from './decisions';
import { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET } from './demo-account';
import { vodErrors } from './errors';
import { FaultInjector } from './faults';
import { DEFAULT_HOST_ID, rawErrorResponse } from './http/respond';
import { RequestLog } from './request-log';
import { Searcher } from './search/search';
import { Authenticator } from './signing/authenticate';
import { NonceCache } from './signing/nonce-cache';
import { VideoStore } from './store/video-store';
import { Throttle } from './throttle';

export interface EmulatorOptions {
  port?: number;
  host?: string;
  videos?: number;
  seed?: number;
  dataDir?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  quiet?: boolean;
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /** 127.0.0.1:PORT, the form @alicloud/openapi-client's Config.endpoint takes. */
  endpoint: string;
  port: number;
  accessKeyId: string;
  accessKeySecret: string;
  close(): Promise<void>;
}

export const DEFAULT_VIDEOS = 2000;
export const DEFAULT_SEED = 1;

/** Starts the VOD emulator (port 0 picks a free port) and resolves once it is listening. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const seed = options.seed ?? DEFAULT_SEED;
  const videos = options.videos ?? DEFAULT_VIDEOS;
  const accessKeyId = options.accessKeyId ?? DEMO_ACCESS_KEY_ID;
  const accessKeySecret = options.accessKeySecret ?? DEMO_ACCESS_KEY_SECRET;
  const host = options.host ?? '127.0.0.1';

  const store = await VideoStore.open({ seed, videos, dataDir: options.dataDir });
  const stored = store.library;
  if (!options.quiet && (stored.seed !== seed || stored.seededVideos !== videos)) {
    console.warn(
      `VOD emulator: ${options.dataDir} holds a library of seed ${stored.seed} with ${stored.seededVideos} videos; keeping it (POST /_emulator/reset to start over).`,
    );
  }
  const accounts = new Accounts({ accessKeyId, accessKeySecret });
  const state: EmulatorState = {
    store,
    accounts,
    authenticator: new Authenticator(accounts, new NonceCache(NONCE_RETENTION_MS)),
    throttle: new Throttle(),
    faults: new FaultInjector(),
    log: new RequestLog(),
    searcher: new Searcher(),
  };

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => route(state, req, res));
  // Longer than any client's keep-alive, so a reused socket is never closed under a request in flight.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const vodError =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? vodErrors.headerTooLarge(MAX_HEADER_BYTES)
        : vodErrors.badRequest('The request is not valid HTTP/1.1.');
    socket.end(rawErrorResponse(vodError, DEFAULT_HOST_ID));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const reachableHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const endpoint = `${reachableHost}:${port}`;
  const url = `http://${endpoint}`;
  if (!options.quiet) console.log(`VOD emulator listening on ${url}`);

  let closing: Promise<void> | undefined;
  return {
    url,
    endpoint,
    port,
    accessKeyId,
    accessKeySecret,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await store.close();
      })();
      return closing;
    },
  };
}

function route(state: EmulatorState, req: IncomingMessage, res: ServerResponse): void {
  const handler = req.url?.startsWith(CONTROL_PREFIX) ? handleControlRequest : handleVodRequest;
  handler(state, req, res).catch((error: unknown) => {
    console.error('VOD emulator: unhandled error', error);
    res.destroy();
  });
}
