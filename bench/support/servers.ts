import { type EmulatorProcess, startEmulatorProcess } from '@/test/support/server-process';

export type BenchEmulator = EmulatorProcess;

// The benchmark's own account on its own emulator: public on purpose, they open nothing else.
const BENCH_ACCESS_KEY_ID = 'bench-emulator-key-id';
const BENCH_ACCESS_KEY_SECRET = 'bench-emulator-key-secret';

/** The emulator with `videos` seeded videos, in its own process, with a control client. */
export async function startBenchEmulator(videos: number): Promise<BenchEmulator> {
  return startEmulatorProcess({
    videos,
    seed: 9,
    accessKeyId: BENCH_ACCESS_KEY_ID,
    accessKeySecret: BENCH_ACCESS_KEY_SECRET,
  });
}
