import { createVodClient, type VodClient } from '@/lib/vod';
import type { BenchEmulator } from './servers';
import { silentLogger } from './silent-logger';

/** The app's VOD client (pacer, retries and all), pointed at a benchmark emulator. */
export function createBenchVodClient(emulator: BenchEmulator): VodClient {
  return createVodClient({
    endpoint: emulator.endpoint,
    protocol: 'http',
    credentials: {
      kind: 'static',
      accessKeyId: emulator.accessKeyId,
      accessKeySecret: emulator.accessKeySecret,
    },
    logger: silentLogger,
  });
}
