import type { RepeatPlan } from './types';

/**
 * Runs `fn` plan.warmup times (results discarded: JIT, connection pools and caches settle) and then
 * plan.runs times, returning the measured results in order.
 */
export async function repeat<T>(plan: RepeatPlan, fn: (run: number) => Promise<T>): Promise<T[]> {
  for (let i = 0; i < plan.warmup; i++) await fn(-1 - i);
  const results: T[] = [];
  for (let i = 0; i < plan.runs; i++) results.push(await fn(i));
  return results;
}

/** Milliseconds `fn` takes, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}
