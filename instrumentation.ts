import { PHASE_PRODUCTION_BUILD } from 'next/constants';

/**
 * Next.js calls register() once when a server process starts. Batches a previous process left unfinished
 * are resumed here. NEXT_RUNTIME and NEXT_PHASE are set by Next.js itself, not by whoever configures the
 * app: the edge runtime has no database, and `next build` must never touch one.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  const { resumeBatchesAtStartup } = await import('./lib/batches/startup');
  await resumeBatchesAtStartup();
}
