import { createServer } from 'node:http';
import { z } from 'zod';
import { startEmulator } from '@/emulator/server';

/**
 * Child-process entry of a VOD server for tests and benchmarks, so the server and its client each get their
 * own event loop (as in production, where VOD is not inside the app). Reads its configuration as one JSON
 * line on stdin, prints `READY <json>` when listening, and closes on SIGTERM. Started by server-process.ts.
 */

const configSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('emulator'),
    videos: z.number().int().min(0),
    seed: z.number().int(),
    accessKeyId: z.string().min(1),
    accessKeySecret: z.string().min(1),
  }),
  // A loopback server that answers every request with a fixed body: the ceiling a server can reach.
  z.object({ kind: z.literal('fixed'), body: z.string() }),
]);

export type ServerProcessConfig = z.infer<typeof configSchema>;
export interface ServerProcessReady {
  url: string;
  endpoint: string;
}

async function start(
  config: ServerProcessConfig,
): Promise<{ ready: ServerProcessReady; close(): Promise<void> }> {
  if (config.kind === 'emulator') {
    const emulator = await startEmulator({
      port: 0,
      videos: config.videos,
      seed: config.seed,
      accessKeyId: config.accessKeyId,
      accessKeySecret: config.accessKeySecret,
      quiet: true,
    });
    return { ready: { url: emulator.url, endpoint: emulator.endpoint }, close: () => emulator.close() };
  }
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json;charset=utf-8' });
      response.end(config.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the fixed server has no address');
  return {
    ready: { url: `http://127.0.0.1:${address.port}`, endpoint: `127.0.0.1:${address.port}` },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readConfig(): Promise<ServerProcessConfig> {
  let input = '';
  for await (const chunk of process.stdin) {
    input += chunk;
    const newline = input.indexOf('\n');
    if (newline >= 0) return configSchema.parse(JSON.parse(input.slice(0, newline)));
  }
  throw new Error('no configuration on stdin');
}

async function main(): Promise<void> {
  const server = await start(await readConfig());
  process.once('SIGTERM', () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  process.stdout.write(`READY ${JSON.stringify(server.ready)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
