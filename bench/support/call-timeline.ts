import type { RecordedRequest } from '@/emulator/request-log';
import { QPS_LIMITS } from '@/lib/edits/limits';
import { maxCallsInOneSecond } from '@/test/support/cluster';
import { toRow } from './rows';
import type { BenchRow, GroupName } from './types';

/** Where one save's time went, read from the emulator's log of its calls of one action. */
export interface CallTimeline {
  /** From sending the save to VOD receiving its first call. */
  firstCallMs: number;
  /** The calls' rate from the first call to the last. */
  callsPerSecond: number;
  /** From VOD receiving the last call to the save reported finished. */
  tailMs: number;
  /** The most calls any one-second window holds: VOD throttles above its limit. */
  mostInOneSecond: number;
  /** Calls VOD answered Throttling.User. */
  throttled: number;
}

/** Reads a save's timeline from the emulator's log; `startedAt` and `doneAt` are epoch ms of this machine. */
export function callTimeline(
  requests: readonly RecordedRequest[],
  action: string,
  startedAt: number,
  doneAt: number,
): CallTimeline {
  const calls = requests.filter((request) => request.action === action);
  const times = calls.map((request) => Date.parse(request.time));
  const first = Math.min(...times);
  const last = Math.max(...times);
  return {
    firstCallMs: first - startedAt,
    callsPerSecond: ((times.length - 1) * 1000) / (last - first),
    tailMs: doneAt - last,
    mostInOneSecond: maxCallsInOneSecond(calls),
    throttled: calls.filter((request) => request.errorCode === 'Throttling.User').length,
  };
}

/** One line of progress: where a save's time went. */
export function describeTimeline(timeline: CallTimeline): string {
  return (
    `first call after ${timeline.firstCallMs} ms, ${timeline.callsPerSecond.toFixed(2)} calls/s, ` +
    `last call ${timeline.tailMs} ms before done; at most ${timeline.mostInOneSecond} calls in 1 s, ` +
    `${timeline.throttled} throttled`
  );
}

/**
 * The "where the time goes" and "budget" rows of saves measured run by run: the first call, the calls'
 * rate against the account limit, the tail, and the budget VOD enforces (at most its limit in any second,
 * no call throttled).
 */
export function timelineRows(
  group: GroupName,
  label: string,
  action: string,
  timelines: readonly CallTimeline[],
): BenchRow[] {
  const limit = QPS_LIMITS[action]!;
  return [
    toRow({
      group,
      name: `${label}: where the time goes: from sending to the first ${action} call`,
      unit: 'ms',
      samples: timelines.map((one) => one.firstCallMs),
    }),
    toRow({
      group,
      name: `${label}: where the time goes: ${action} calls/s from the first call to the last`,
      unit: 'calls/s',
      samples: timelines.map((one) => one.callsPerSecond),
      baseline: {
        baseline: { label: 'the account limit', value: limit, unit: 'calls/s', ratioFormat: 'percent' },
        ratios: timelines.map((one) => one.callsPerSecond / limit),
      },
    }),
    toRow({
      group,
      name: `${label}: where the time goes: from the last ${action} call to reported finished`,
      unit: 'ms',
      samples: timelines.map((one) => one.tailMs),
    }),
    toRow({
      group,
      name: `${label}: budget: most ${action} calls in any 1-second window`,
      unit: 'calls',
      samples: timelines.map((one) => one.mostInOneSecond),
      target: { op: 'le', threshold: limit, unit: 'calls' },
    }),
    toRow({
      group,
      name: `${label}: budget: calls answered Throttling.User`,
      unit: 'calls',
      samples: timelines.map((one) => one.throttled),
      target: { op: 'eq', threshold: 0, unit: 'calls' },
    }),
  ];
}
