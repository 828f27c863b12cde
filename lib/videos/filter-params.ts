import { createLoader, createParser, createSerializer, parseAsStringLiteral } from 'nuqs/server';
import type { VideoFilter } from '@/lib/vod';
import { WIRE_VIDEO_STATUSES, type WireVideoStatus } from '@/lib/vod-wire/shapes';

/**
 * The videos page keeps its filter in the URL so a view can be shared and reloaded. The parsers below are
 * the one typed definition of those params, read by the page (server), the video stream route and the
 * filter bar (client) alike; anything malformed is dropped, not trusted.
 */

const VIDEO_ID = /^[A-Za-z0-9_-]{1,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 128;
const MAX_IDS = 1000;

/** Splits pasted video IDs on commas, whitespace or new lines; drops malformed ones and duplicates. */
export function parseVideoIdList(text: string): string[] {
  const ids = text.split(/[\s,;]+/).filter((id) => VIDEO_ID.test(id));
  return [...new Set(ids)].slice(0, MAX_IDS);
}

const nonEmpty = <T>(values: T[]): T[] | null => (values.length > 0 ? values : null);

const textParser = createParser({
  parse: (value) => value.trim().slice(0, MAX_TEXT) || null,
  serialize: (value: string) => value,
});
const categoryParser = createParser({
  parse: (value) => (/^\d{1,19}$/.test(value.trim()) ? Number(value.trim()) : null),
  serialize: (value: number) => String(value),
});
const statusesParser = createParser({
  parse: (value) => {
    const statuses = value
      .split(',')
      .filter((s): s is WireVideoStatus => WIRE_VIDEO_STATUSES.includes(s as WireVideoStatus));
    return nonEmpty([...new Set(statuses)]);
  },
  serialize: (value: WireVideoStatus[]) => value.join(','),
  eq: (a, b) => a.join() === b.join(),
});
const dateParser = createParser({
  parse: (value) =>
    DATE.test(value.trim()) && !Number.isNaN(Date.parse(value.trim())) ? value.trim() : null,
  serialize: (value: string) => value,
});
const idsParser = createParser({
  parse: (value) => nonEmpty(parseVideoIdList(value)),
  serialize: (value: string[]) => value.join(','),
  eq: (a, b) => a.join() === b.join(),
});

/** The videos page's URL params, each with its typed parser. */
export const videoFilterParsers = {
  q: textParser,
  category: categoryParser,
  status: statusesParser,
  from: dateParser,
  to: dateParser,
  ids: idsParser,
  sort: parseAsStringLiteral(['asc'] as const),
};

const loadParams = createLoader(videoFilterParsers);
const serializeParams = createSerializer(videoFilterParsers);

/** Reads a VideoFilter from URL search params. */
export function filterFromSearchParams(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): VideoFilter {
  const { q, category, status, from, to, ids, sort } = loadParams(params);
  const filter: VideoFilter = {};
  if (q) filter.text = q;
  if (category !== null) filter.cateId = category;
  if (status) filter.statuses = status;
  if (from) filter.createdFrom = `${from}T00:00:00Z`;
  if (to) filter.createdTo = `${to}T23:59:59Z`;
  if (ids) filter.videoIds = ids;
  if (sort === 'asc') filter.sort = 'CreationTime:Asc';
  return filter;
}

/** Writes a VideoFilter as URL search params (the inverse of filterFromSearchParams). */
export function searchParamsFromFilter(filter: VideoFilter): URLSearchParams {
  const query = serializeParams({
    q: filter.text ?? null,
    category: filter.cateId ?? null,
    status: filter.statuses?.length ? filter.statuses : null,
    from: filter.createdFrom?.slice(0, 10) ?? null,
    to: filter.createdTo?.slice(0, 10) ?? null,
    ids: filter.videoIds?.length ? filter.videoIds : null,
    sort: filter.sort === 'CreationTime:Asc' ? 'asc' : null,
  });
  return new URLSearchParams(query);
}

/** A stable name for a filtered view, used to key unsaved drafts per library view. */
export function libraryKey(filter: VideoFilter): string {
  return searchParamsFromFilter(filter).toString() || 'all';
}
