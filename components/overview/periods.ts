/**
 * The overview's periods as instants, counted in the viewer's own days: today, the last 7 or 30 days
 * (today included), or a custom range of whole days. Computed in the browser, which knows the time zone.
 */

export const PERIOD_CHOICES = ['today', 'week', 'month', 'custom'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

export interface PeriodRange {
  /** Inclusive. */
  from: Date;
  /** Exclusive: the midnight after the last day. */
  to: Date;
}

const LENGTH: Record<Exclude<PeriodChoice, 'custom'>, number> = { today: 1, week: 7, month: 30 };

function localMidnight(date: Date, addDays = 0): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + addDays);
}

/** A YYYY-MM-DD day (an `<input type="date">` value) as the local midnight that starts it, or null. */
export function parseDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A local date as YYYY-MM-DD. */
export function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The instants of a period; a custom one runs from its first day's midnight to the midnight after its last. */
export function periodRange(
  choice: PeriodChoice,
  now: Date,
  custom?: { from: string; to: string },
): PeriodRange | null {
  if (choice !== 'custom') {
    return { from: localMidnight(now, 1 - LENGTH[choice]), to: localMidnight(now, 1) };
  }
  const from = parseDay(custom?.from ?? '');
  const last = parseDay(custom?.to ?? '');
  if (!from || !last || last < from) return null;
  return { from, to: localMidnight(last, 1) };
}

/** Every local day of a period, in order, so days without a batch still show as zero. */
export function daysOf(range: PeriodRange): string[] {
  const days: string[] = [];
  for (let day = range.from; day < range.to; day = localMidnight(day, 1)) days.push(formatDay(day));
  return days;
}
