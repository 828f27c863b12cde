import { QueryPromise } from 'drizzle-orm';

/**
 * How long the database was busy while a piece of code ran: the union of the intervals during which at
 * least one drizzle query was executing (overlapping queries count once), and how many queries ran. Every
 * drizzle query, transaction statement and raw execute settles through QueryPromise.then, so timing that
 * one method sees all of them without touching the code under measurement.
 */
export interface StoreMeter {
  /** Busy milliseconds and queries since the meter started; stops metering. */
  stop(): { busyMs: number; queries: number };
}

/** Starts metering every drizzle query in this process; only one meter may run at a time. */
export function meterStore(): StoreMeter {
  const prototype = QueryPromise.prototype as { then: QueryPromise<unknown>['then'] };
  const original = prototype.then;
  let inFlight = 0;
  let busySince = 0;
  let busyMs = 0;
  let queries = 0;
  const settle = () => {
    inFlight--;
    if (inFlight === 0) busyMs += performance.now() - busySince;
  };

  // biome-ignore lint/suspicious/noThenProperty: replacing drizzle's own then is the point of the meter.
  prototype.then = function meteredThen(this: QueryPromise<unknown>, onFulfilled, onRejected) {
    if (inFlight === 0) busySince = performance.now();
    inFlight++;
    queries++;
    return original.call(
      this,
      (value) => {
        settle();
        return onFulfilled ? onFulfilled(value) : value;
      },
      (reason) => {
        settle();
        if (onRejected) return onRejected(reason);
        throw reason;
      },
    ) as ReturnType<typeof original>;
  } as typeof original;

  return {
    stop() {
      // biome-ignore lint/suspicious/noThenProperty: restores drizzle's own then.
      prototype.then = original;
      return { busyMs, queries };
    },
  };
}
