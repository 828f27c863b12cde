import { createLoader, createParser, createSerializer } from 'nuqs/server';
import { instantParser } from './search-params';

/**
 * The query of /api/overview: a period (from inclusive, to exclusive) and the viewer's time zone to count
 * its days in. The overview dashboard writes it and the route reads it through these parsers; anything
 * malformed reads as absent, which the route refuses.
 */

/** The longest period the overview counts. */
export const OVERVIEW_MAX_DAYS = 400;
const DAY_MS = 86_400_000;

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const overviewParsers = {
  from: instantParser,
  to: instantParser,
  tz: createParser({
    parse: (value) => (value.length > 0 && value.length <= 64 && isTimeZone(value) ? value : null),
    serialize: (value: string) => value,
  }),
};

const loadOverview = createLoader(overviewParsers);
const serializeOverview = createSerializer(overviewParsers);

/** A period the overview can count, and the time zone of its days. */
export interface OverviewQuery {
  from: Date;
  to: Date;
  tz: string;
}

/** The overview's query, or null when a part is missing or malformed or the period is empty or too long. */
export function parseOverviewQuery(params: URLSearchParams): OverviewQuery | null {
  const { from, to, tz } = loadOverview(params);
  if (!from || !to || !tz) return null;
  const span = to.getTime() - from.getTime();
  return span > 0 && span <= OVERVIEW_MAX_DAYS * DAY_MS ? { from, to, tz } : null;
}

/** The /api/overview URL of a period counted in a time zone. */
export function overviewApiHref(query: OverviewQuery): string {
  return serializeOverview('/api/overview', query);
}
