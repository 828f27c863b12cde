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

/** Starts an emulator and the production app server (scripts/server.ts) with its own temporary data directory. */
export async function startAppServer(
  options: { videos?: number; env?: Record<string, string> } = {},
): Promise<AppServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vod-e2e-'));
  const emulator = await startEmulator({
    port: 0,
    videos: options.videos ?? 300,
    seed: 1,
    accessKeyId: E2E_ACCESS_KEY_ID,
    accessKeySecret: E2E_ACCESS_KEY_SECRET,
    quiet: true,
  });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    AUTH_SECRET: E2E_AUTH_SECRET,
    NEXTAUTH_URL: url,
    VOD_EMULATOR: '1',
    VOD_ENDPOINT: emulator.endpoint,
    VOD_PROTOCOL: 'http',
    VOD_REGION: '',
    ALIBABA_CLOUD_ACCESS_KEY_ID: E2E_ACCESS_KEY_ID,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: E2E_ACCESS_KEY_SECRET,
    NEXT_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  let log = '';
  let child: ChildProcess | undefined;

  const launch = async () => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/server.ts', '--port', String(port), '--hostname', '127.0.0.1'],
      { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    proc.stdout?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    proc.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    child = proc;
    await waitForHealth(url, proc, () => log);
  };
  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill(signal);
    await exited;
  };

  await launch();
  return {
    url,
    emulator,
    control: new EmulatorControl(emulator.url),
    dataDir,
    output: () => log,
    kill,
    restart: launch,
    async stop() {
      await kill('SIGTERM');
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, proc: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null)
      throw new Error(`The app server exited with code ${proc.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app server did not become healthy within 180 s:\n${output()}`);
}

function freePort(): Promise<number> {
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
