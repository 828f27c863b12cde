import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { stampClientAddress } from '@/lib/auth/client-address';
import { getConfig } from '@/lib/config';
import { baseSecurityHeaders } from '@/lib/http/security-headers';
import { runShutdownHooks } from '@/lib/shutdown';

/**
 * The app's HTTP server: Next.js behind a plain Node server, so each request's client address is resolved
 * from the socket and the trusted proxies (TRUSTED_PROXIES) before Next.js sees it, and every response
 * carries the security headers (lib/http/security-headers.ts). Started by the
 * launcher (`npm run dev`, `npm start`) with a checked environment; NODE_ENV picks development or production.
 * On SIGTERM or SIGINT it shuts down gracefully: no new connections, the batch runner drains, then exit.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } });
  const config = getConfig();
  const port = Number(values.port ?? config.port);
  const hostname = values.hostname;
  const server = createServer();
  const app = next({ dev: process.env.NODE_ENV !== 'production', hostname, port, httpServer: server });
  const handle = app.getRequestHandler();
  await app.prepare();
  const headers = Object.entries(
    baseSecurityHeaders({ https: config.auth.url?.startsWith('https://') ?? false }),
  );
  server.on('request', (request, response) => {
    stampClientAddress(request.headers, request.socket.remoteAddress, config.trustedProxies);
    for (const [name, value] of headers) response.setHeader(name, value);
    void handle(request, response);
  });
  server.listen(port, hostname, () => {
    console.log(`> Ready on http://${hostname ?? 'localhost'}:${port}`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      // New connections go to the other servers while this one finishes its calls in flight and hands
      // its batches back (lib/shutdown.ts).
      server.close();
      void runShutdownHooks((error) => console.error('Shutdown step failed:', error))
        .then(() => app.close())
        .finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
