import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { EmulatorControl } from '@/emulator/control-client';
import type { ServerProcessConfig, ServerProcessReady } from './server-process';

/** A VOD server (the emulator or the fixed-answer ceiling) running in a child process. */
export interface ServerProcess extends ServerProcessReady {
  close(): Promise<void>;
}

export interface BenchEmulator extends ServerProcess {
  accessKeyId: string;
  accessKeySecret: string;
  control: EmulatorControl;
}

// The benchmark's own account on its own emulator: public on purpose, they open nothing else.
const BENCH_ACCESS_KEY_ID = 'bench-emulator-key-id';
const BENCH_ACCESS_KEY_SECRET = 'bench-emulator-key-secret';
const READY_TIMEOUT_MS = 120_000;
const readySchema = z.object({ url: z.url(), endpoint: z.string().min(1) });

/** Starts a server process and waits until it listens. */
export async function startServerProcess(config: ServerProcessConfig): Promise<ServerProcess> {
  const entry = path.join(__dirname, 'server-process.ts');
  // The parent's execArgv carries tsx's loader and the react-server condition.
  const child = spawn(process.execPath, [...process.execArgv, entry], { stdio: ['pipe', 'pipe', 'inherit'] });
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

/** The emulator with `videos` seeded videos, in its own process, with a control client. */
export async function startBenchEmulator(videos: number): Promise<BenchEmulator> {
  const server = await startServerProcess({
    kind: 'emulator',
    videos,
    seed: 9,
    accessKeyId: BENCH_ACCESS_KEY_ID,
    accessKeySecret: BENCH_ACCESS_KEY_SECRET,
  });
  return {
    ...server,
    accessKeyId: BENCH_ACCESS_KEY_ID,
    accessKeySecret: BENCH_ACCESS_KEY_SECRET,
    control: new EmulatorControl(server.url),
  };
}
