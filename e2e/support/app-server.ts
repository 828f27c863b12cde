import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmulatorControl } from '@/emulator/control-client';
import { type RunningEmulator, startEmulator } from '@/emulator/server';
import { E2E_ACCESS_KEY_ID, E2E_ACCESS_KEY_SECRET, E2E_AUTH_SECRET } from './e2e-secrets';

export interface AppServer {
  url: string;
  emulator: RunningEmulator;
  control: EmulatorControl;
  dataDir: string;
  /** The server's output so far, for tests that check what it logs. */
  output(): string;
  /** Kills the app server with a signal (SIGKILL simulates a crash) and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the app server again on the same port, data and emulator. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** One production app server process (scripts/server.ts over the `.next` build) with its own data directory. */
export interface AppProcess {
  url: string;
  dataDir: string;
  /** The server's output so far, for tests that check what it logs. */
  output(): string;
  /** Starts the server (again) on its port and waits until `readyPath` answers. */
  start(): Promise<void>;
  /** Sends the signal (SIGKILL: a crash; SIGTERM: a graceful stop) and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Kills the server and removes its data directory. */
  dispose(): Promise<void>;
}

/** An app server against `emulator` on `port`: PGlite in its data directory, or `databaseUrl` when given. */
export function appProcess(options: {
  port: number;
  emulator: RunningEmulator;
  databaseUrl?: string;
  env?: Record<string, string>;
  readyPath?: string;
}): AppProcess {
  const url = `http://127.0.0.1:${options.port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vod-e2e-'));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(options.port),
    DATA_DIR: dataDir,
    DATABASE_URL: options.databaseUrl ?? '',
    AUTH_SECRET: E2E_AUTH_SECRET,
    NEXTAUTH_URL: url,
    VOD_EMULATOR: '1',
    VOD_ENDPOINT: options.emulator.endpoint,
    VOD_PROTOCOL: 'http',
    VOD_REGION: '',
    ALIBABA_CLOUD_ACCESS_KEY_ID: E2E_ACCESS_KEY_ID,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: E2E_ACCESS_KEY_SECRET,
    NEXT_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  let log = '';
  let child: ChildProcess | undefined;
  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill(signal);
    await exited;
  };
  return {
    url,
    dataDir,
    output: () => log,
    kill,
    async start() {
      const proc = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/server.ts', '--port', String(options.port), '--hostname', '127.0.0.1'],
        { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      proc.stdout?.on('data', (chunk: Buffer) => {
        log += chunk.toString();
      });
      proc.stderr?.on('data', (chunk: Buffer) => {
        log += chunk.toString();
      });
      child = proc;
      await waitUntilAnswering(`${url}${options.readyPath ?? '/api/health'}`, proc, () => log);
    },
    async dispose() {
      await kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts an emulator and the production app server (scripts/server.ts) with its own temporary data directory. */
export async function startAppServer(
  options: { videos?: number; env?: Record<string, string> } = {},
): Promise<AppServer> {
  const emulator = await startEmulator({
    port: 0,
    videos: options.videos ?? 300,
    seed: 1,
    accessKeyId: E2E_ACCESS_KEY_ID,
    accessKeySecret: E2E_ACCESS_KEY_SECRET,
    quiet: true,
  });
  const server = appProcess({ port: await freePort(), emulator, env: options.env });
  await server.start();
  return {
    url: server.url,
    emulator,
    control: new EmulatorControl(emulator.url),
    dataDir: server.dataDir,
    output: server.output,
    kill: server.kill,
    restart: server.start,
    async stop() {
      await server.kill('SIGTERM');
      await emulator.close();
      rmSync(server.dataDir, { recursive: true, force: true });
    },
  };
}

async function waitUntilAnswering(url: string, proc: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null)
      throw new Error(`The app server exited with code ${proc.exitCode}:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app server did not answer ${url} within 180 s:\n${output()}`);
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
