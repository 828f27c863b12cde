import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { EmulatorControl } from '@/emulator/control-client';
import type { ServerProcessConfig, ServerProcessReady } from './server-process-entry';

/** A VOD server (the emulator or a fixed-answer server) running in a child process. */
export interface ServerProcess extends ServerProcessReady {
  close(): Promise<void>;
}

/** The emulator in a child process, with its account and a control client. */
export interface EmulatorProcess extends ServerProcess {
  accessKeyId: string;
  accessKeySecret: string;
  control: EmulatorControl;
}

const READY_TIMEOUT_MS = 120_000;
const readySchema = z.object({ url: z.url(), endpoint: z.string().min(1) });

/** Starts a server process and waits until it listens. */
export async function startServerProcess(config: ServerProcessConfig): Promise<ServerProcess> {
  const entry = path.join(__dirname, 'server-process-entry.ts');
  // tsx runs the TypeScript entry; the react-server condition is the one the app's server code runs under.
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', entry], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin.end(`${JSON.stringify(config)}\n`);
  const lines = createInterface({ input: child.stdout });
  const ready = await new Promise<ServerProcessReady>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the server process did not start in time')),
      READY_TIMEOUT_MS,
    );
    lines.on('line', (line) => {
      if (!line.startsWith('READY ')) return;
      clearTimeout(timer);
      resolve(readySchema.parse(JSON.parse(line.slice('READY '.length))));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the ${config.kind} server process exited with code ${code} before it was ready`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });
  return {
    ...ready,
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface EmulatorProcessOptions {
  videos: number;
  seed: number;
  /** The account's keys; a fresh random pair when absent. */
  accessKeyId?: string;
  accessKeySecret?: string;
}

/** Starts the emulator with `videos` seeded videos in its own process. */
export async function startEmulatorProcess(options: EmulatorProcessOptions): Promise<EmulatorProcess> {
  const accessKeyId = options.accessKeyId ?? `test-${randomBytes(6).toString('hex')}`;
  const accessKeySecret = options.accessKeySecret ?? randomBytes(18).toString('base64url');
  const server = await startServerProcess({
    kind: 'emulator',
    videos: options.videos,
    seed: options.seed,
    accessKeyId,
    accessKeySecret,
  });
  return { ...server, accessKeyId, accessKeySecret, control: new EmulatorControl(server.url) };
}
