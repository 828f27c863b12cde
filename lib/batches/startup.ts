import 'server-only';
import { getConfig } from '@/lib/config';
import { releaseBatchLeases } from '@/lib/db/queries/batch-leases';
import { log } from '@/lib/log';
import { processSlot } from '@/lib/process-slot';
import { onShutdown } from '@/lib/shutdown';
import { drainBatches, resumeInterruptedBatches, takeOverOrphanedBatches } from './index';

const resumedAtStartup = processSlot<boolean>('batches-resumed-at-startup');

// How often a server looks for batches whose server died. With the 15 s lease, a dead server's batches
// continue within 20 s.
const SWEEP_MS = 5_000;
// A graceful shutdown lets calls in flight finish for this long; VOD answers or times out well before.
const DRAIN_TIMEOUT_MS = 20_000;

/**
 * Starts the batch runner's life in this server process, once: resumes the batches no server holds (a
 * previous process stopped or crashed mid-save), then keeps taking over batches of servers that died, and
 * drains on shutdown. A failure is logged, never thrown, so the server still starts.
 */
export async function resumeBatchesAtStartup(): Promise<void> {
  if (resumedAtStartup.get()) return;
  resumedAtStartup.set(true);
  onShutdown(() => drainBatches(DRAIN_TIMEOUT_MS));
  try {
    // PGlite is one process by design: a lease still held at start-up belongs to a process that crashed.
    if (getConfig().database.kind === 'pglite') await releaseBatchLeases(null);
    const resumed = await resumeInterruptedBatches();
    if (resumed.length > 0)
      log.info('batches.resumed_at_startup', { batches: resumed.length, batchIds: resumed });
  } catch (error) {
    log.error('batches.resume_at_startup_failed', { error });
  }
  const sweep = setInterval(() => {
    takeOverOrphanedBatches().then(
      (taken) => {
        if (taken.length > 0) log.info('batches.taken_over', { batches: taken.length, batchIds: taken });
      },
      (error: unknown) => log.error('batches.take_over_failed', { error }),
    );
  }, SWEEP_MS);
  sweep.unref();
}
