import type { Logger } from '@/lib/log';

/** Drops every log line: one per VOD call or batch would bury the table, and the benchmarks count elsewhere. */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
