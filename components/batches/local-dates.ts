/**
 * Date filters are picked as calendar days in the viewer's time zone and sent to the server as instants:
 * a range covers [start of the first day, start of the day after the last day).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function localMidnight(day: string, offsetDays: number): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + offsetDays);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The instant a local calendar day (YYYY-MM-DD) starts, as ISO; null for anything else. */
export function dayStartIso(day: string): string | null {
  return localMidnight(day, 0)?.toISOString() ?? null;
}

/** The instant after a local calendar day ends (the next day's start), as ISO: an exclusive upper bound. */
export function dayEndIso(day: string): string | null {
  return localMidnight(day, 1)?.toISOString() ?? null;
}

/**
 * The calendar day an instant falls on, in the viewer's zone (or UTC, for a server render that cannot know
 * it); for an exclusive end, the day before it.
 */
export function calendarDay(
  iso: string,
  options: { isExclusiveEnd?: boolean; isUtc?: boolean } = {},
): string {
  const date = new Date(Date.parse(iso) - (options.isExclusiveEnd ? 1 : 0));
  if (Number.isNaN(date.getTime())) return '';
  if (options.isUtc) return date.toISOString().slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
