import { LIMITS } from '@/lib/edits/limits';
import { invalidArgument } from './errors';
import type { VideoFilter } from './types';

/**
 * Builds SearchMedia's `Match` expression (docs/vod-api.md §5) from a filter. Every user-supplied value goes
 * through `quote`, so no text can close its string and change the query.
 */

/** A single-quoted Match string literal with backslashes and single quotes escaped. */
export function quote(value: string): string {
  return `'${value.replace(/[\\']/g, (char) => `\\${char}`)}'`;
}

/** VOD's time format (`yyyy-MM-ddTHH:mm:ssZ`) for an ISO 8601 instant; throws on an unparsable one. */
export function toVodTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw invalidArgument(`Not an ISO 8601 time: ${iso}`);
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// One-sided ranges are closed with far bounds; the protocol documents only two-sided ranges.
const EARLIEST = '1970-01-01T00:00:00Z';
const LATEST = '9999-12-31T23:59:59Z';

function inList(field: string, values: readonly string[]): string {
  return `${field} in (${values.map(quote).join(',')})`;
}

function videoIdClause(ids: readonly string[]): string {
  const groups: string[] = [];
  for (let i = 0; i < ids.length; i += LIMITS.searchVideoIdsPerClause) {
    groups.push(inList('VideoId', ids.slice(i, i + LIMITS.searchVideoIdsPerClause)));
  }
  return groups.length === 1 ? groups[0]! : `(${groups.join(' or ')})`;
}

/** The Match expression for a filter, or undefined when the filter matches everything. */
export function buildMatch(filter: VideoFilter): string | undefined {
  const clauses: string[] = [];
  const text = filter.text?.trim();
  if (text) {
    const literal = quote(text);
    clauses.push(`(Title = ${literal} or Tags = ${literal} or Description = ${literal})`);
  }
  if (filter.videoIds && filter.videoIds.length > 0)
    clauses.push(videoIdClause([...new Set(filter.videoIds)]));
  const cateIds = filter.cateIds?.length
    ? filter.cateIds
    : filter.cateId === undefined
      ? []
      : [filter.cateId];
  for (const id of cateIds) {
    if (!Number.isSafeInteger(id)) throw invalidArgument(`Not a category id: ${id}`);
  }
  // CateId matches one value only; a category with its sub-categories is an or-group.
  if (cateIds.length === 1) clauses.push(`CateId = ${cateIds[0]}`);
  else if (cateIds.length > 1) clauses.push(`(${cateIds.map((id) => `CateId = ${id}`).join(' or ')})`);
  if (filter.statuses && filter.statuses.length > 0) clauses.push(inList('Status', filter.statuses));
  if (filter.createdFrom || filter.createdTo) {
    const from = filter.createdFrom ? toVodTime(filter.createdFrom) : EARLIEST;
    const to = filter.createdTo ? toVodTime(filter.createdTo) : LATEST;
    clauses.push(`CreationTime = [${quote(from)},${quote(to)}]`);
  }
  return clauses.length > 0 ? clauses.join(' and ') : undefined;
}
