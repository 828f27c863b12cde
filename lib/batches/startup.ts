import 'server-only';
import { log } from '@/lib/log';
import { processSlot } from '@/lib/process-slot';
import { resumeInterruptedBatches } from './index';

const resumedAtStartup = processSlot<boolean>('batches-resumed-at-startup');

/**
 * Resumes the batches a previous server process left unfinished (it stopped or crashed mid-save). Runs once
 * per process; a failure is logged, never thrown, so the server still starts.
 */
export async function resumeBatchesAtStartup(): Promise<void> {
  if (resumedAtStartup.get()) return;
  resumedAtStartup.set(true);
  try {
    const resumed = await resumeInterruptedBatches();
    if (resumed.length > 0)
      log.info('batches.resumed_at_startup', { batches: resumed.length, batchIds: resumed });
  } catch (error) {
    log.error('batches.resume_at_startup_failed', { error });
  }
}
