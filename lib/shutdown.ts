import { processSlot } from './process-slot';

/**
 * A graceful shutdown's steps, registered by whoever holds work (the batch runner) and run by the HTTP
 * server (scripts/server.ts) on SIGTERM, after it stopped accepting connections and before it exits. Kept
 * per process, so Next.js's bundles and the server script see the same list.
 */

type ShutdownHook = () => Promise<void>;

const hooks = processSlot<ShutdownHook[]>('shutdown-hooks');
const shuttingDown = processSlot<boolean>('shutting-down');

/** Registers a step to run at shutdown. */
export function onShutdown(hook: ShutdownHook): void {
  hooks.getOrCreate(() => []).push(hook);
}

/** Whether the process is shutting down (readiness then answers 503, so a load balancer moves on). */
export function isShuttingDown(): boolean {
  return shuttingDown.get() === true;
}

/** Runs every registered step at once and waits for all; a failing step is reported, never thrown. */
export async function runShutdownHooks(report: (error: unknown) => void): Promise<void> {
  shuttingDown.set(true);
  const settled = await Promise.allSettled((hooks.get() ?? []).map((hook) => hook()));
  for (const result of settled) if (result.status === 'rejected') report(result.reason);
}
