import { z } from 'zod';
import { LIMITS } from '@/lib/edits/limits';
import { startServerProcess } from '@/test/support/server-process';
import { runPool } from '../support/concurrency';
import { createRpcCall, type RpcCall } from '../support/openapi';
import { timed } from '../support/repeat';
import { pairedRatios, toRow } from '../support/rows';
import { startBenchEmulator } from '../support/servers';
import { summarize } from '../support/stats';
import type { BenchContext, BenchGroup, BenchRow } from '../support/types';

/**
 * Signed GetVideoInfos calls per second on loopback, the real @alicloud/openapi-client against the emulator
 * in its own process. The same client against a server that answers every request with the same fixed body
 * runs in the same rounds: the ceiling of this machine's loopback, client and HTTP stack.
 */

const IN_FLIGHT = 32;
const searchPageSchema = z.object({ MediaList: z.array(z.object({ MediaId: z.string() })).min(1) });
const TARGET_PER_SECOND = 2_000;

// A keep-alive socket the server closed just as the client reused it fails with "socket hang up": an
// artefact of idle connections between rounds, which any real client retries.
const isStaleSocket = (error: unknown) =>
  error instanceof Error &&
  ((error as NodeJS.ErrnoException).code === 'ECONNRESET' || /socket hang up/.test(error.message));

async function requestsPerSecond(call: RpcCall, requests: number, videoIds: string): Promise<number> {
  const { ms } = await timed(() =>
    runPool(requests, IN_FLIGHT, async () => {
      await call('GetVideoInfos', { VideoIds: videoIds }).catch((error: unknown) => {
        if (!isStaleSocket(error)) throw error;
        return call('GetVideoInfos', { VideoIds: videoIds });
      });
    }),
  );
  return requests / (ms / 1000);
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  const requests = context.quick ? 400 : 4_000;
  const emulator = await startBenchEmulator(LIMITS.getVideoIdsPerCall);
  try {
    // The account's QPS limits would cap the rate; the server's own speed is what is measured here.
    await emulator.control.setFaults({ throttleQps: 1_000_000 });
    const emulatorCall = createRpcCall(emulator);
    const page = searchPageSchema.parse(
      await emulatorCall('SearchMedia', { PageSize: String(LIMITS.getVideoIdsPerCall) }),
    );
    const videoIds = page.MediaList.map((media) => media.MediaId).join(',');
    const body = JSON.stringify(await emulatorCall('GetVideoInfos', { VideoIds: videoIds }));

    const fixed = await startServerProcess({ kind: 'fixed', body });
    try {
      const fixedCall = createRpcCall({ ...emulator, endpoint: fixed.endpoint });
      const emulatorRates: number[] = [];
      const fixedRates: number[] = [];
      for (let round = -context.plan.warmup; round < context.plan.runs; round++) {
        const emulatorRate = await requestsPerSecond(emulatorCall, requests, videoIds);
        const fixedRate = await requestsPerSecond(fixedCall, requests, videoIds);
        if (round < 0) continue;
        emulatorRates.push(emulatorRate);
        fixedRates.push(fixedRate);
        context.progress(
          `emulator: round ${round + 1}: ${Math.round(emulatorRate)}/s (fixed ${Math.round(fixedRate)}/s)`,
        );
      }
      const name = `signed GetVideoInfos (${LIMITS.getVideoIdsPerCall} IDs), ${IN_FLIGHT} in flight, ${requests.toLocaleString('en-US')} calls`;
      return [
        toRow({
          group: 'emulator',
          name,
          unit: 'calls/s',
          samples: emulatorRates,
          target: { op: 'ge', threshold: TARGET_PER_SECOND, unit: 'calls/s' },
          baseline: {
            baseline: {
              ratioFormat: 'factor',
              label: 'fixed-answer server',
              value: summarize(fixedRates).median,
              unit: 'calls/s',
            },
            ratios: pairedRatios(emulatorRates, fixedRates),
          },
        }),
        toRow({
          group: 'emulator',
          name: `the same calls against a fixed-answer server (ceiling)`,
          unit: 'calls/s',
          samples: fixedRates,
        }),
      ];
    } finally {
      await fixed.close();
    }
  } finally {
    await emulator.close();
  }
}

export const emulatorGroup: BenchGroup = {
  name: 'emulator',
  title: 'signed GetVideoInfos calls per second against the emulator on loopback',
  run,
};
