/**
 * Structured logging: one JSON object per line, info to stdout and warnings/errors to stderr, so any log
 * shipper can parse it. Callers pass an event name and plain fields; never put secrets in fields.
 */

export type LogFields = Record<string, unknown>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

type Level = 'info' | 'warn' | 'error';

function serialize(level: Level, event: string, fields: LogFields | undefined): string {
  return JSON.stringify(
    { time: new Date().toISOString(), level, event, ...fields },
    (_key, value: unknown) =>
      // Error objects stringify to {}; keep what helps and drop the rest (stacks may quote request data).
      value instanceof Error ? { name: value.name, message: value.message } : value,
  );
}

function write(level: Level, event: string, fields: LogFields | undefined): void {
  const stream = level === 'info' ? process.stdout : process.stderr;
  stream.write(`${serialize(level, event, fields)}\n`);
}

/** The process logger. */
export const log: Logger = {
  info: (event, fields) => write('info', event, fields),
  warn: (event, fields) => write('warn', event, fields),
  error: (event, fields) => write('error', event, fields),
};
