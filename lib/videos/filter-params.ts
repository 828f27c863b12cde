import { createLoader, createParser, createSerializer, parseAsStringLiteral } from 'nuqs/server';
import type { CategoryNode, VideoFilter } from '@/lib/vod';
import { WIRE_VIDEO_STATUSES, type WireVideoStatus } from '@/lib/vod-wire/shapes';
import { ID_LIST_TOKEN_PATTERN, parseIdList } from './id-list';

/**
 * The videos page keeps its filter in the URL so a view can be shared and reloaded. The parsers below are
 * the one typed definition of those params, read by the page (server), the video stream route and the
 * filter bar (client) alike; anything malformed is dropped, not trusted.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 128;
const MAX_IDS = 1000;

/**
 * Reads the `ids` param of a link (a few IDs, e.g. from a batch page); pasted lists travel as a saved
 * list's token instead (`list`, see id-list.ts).
 */
export function parseVideoIdList(text: string): string[] {
  return parseIdList(text).ids.slice(0, MAX_IDS);
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

/** A grid column sort as the URL keeps it (`order=title.desc`); the grid checks the column id. */
export interface GridSortParam {
  id: string;
  desc: boolean;
}

const gridSortParser = createParser({
  parse: (value): GridSortParam | null => {
    const match = /^([A-Za-z]{1,32})\.(asc|desc)$/.exec(value);
    return match ? { id: match[1]!, desc: match[2] === 'desc' } : null;
  },
  serialize: (value: GridSortParam) => `${value.id}.${value.desc ? 'desc' : 'asc'}`,
  eq: (a, b) => a.id === b.id && a.desc === b.desc,
});

/** The videos page's URL params, each with its typed parser. */
const videoFilterParsers = {
  q: textParser,
  category: categoryParser,
  status: statusesParser,
  from: dateParser,
  to: dateParser,
  ids: idsParser,
  sort: parseAsStringLiteral(['asc'] as const),
  /** `0`: the chosen category only, not its sub-categories. */
  subcats: parseAsStringLiteral(['0'] as const),
  list: createParser({
    parse: (value) => (ID_LIST_TOKEN_PATTERN.test(value) ? value : null),
    serialize: (value: string) => value,
  }),
  /** The grid's column sort (`order=title.desc`), kept across filters. */
  order: gridSortParser,
};

/** Where /api/videos continues a view: the page's params and the position in its stream. */
const videoStreamParsers = {
  ...videoFilterParsers,
  /** How far into a saved ID list the stream starts. */
  offset: createParser({
    parse: (value) => (/^\d{1,6}$/.test(value) ? Number(value) : null),
    serialize: (value: number) => String(value),
  }),
  /** SearchMedia's ScrollToken after the page already shown. */
  scrollToken: createParser({
    parse: (value) => (/^[A-Za-z0-9._-]{1,200}$/.test(value) ? value : null),
    serialize: (value: string) => value,
  }),
};

const loadParams = createLoader(videoFilterParsers);
const serializeParams = createSerializer(videoFilterParsers);
const loadStream = createLoader(videoStreamParsers);
const serializeStream = createSerializer(videoStreamParsers);

type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

/** Reads a VideoFilter from URL search params. */
export function filterFromSearchParams(params: SearchParamsInput): VideoFilter {
  const { q, category, status, from, to, ids, sort, subcats } = loadParams(params);
  const filter: VideoFilter = {};
  if (q) filter.text = q;
  if (category !== null) filter.cateId = category;
  if (category !== null && subcats === '0') filter.isCategoryOnly = true;
  if (status) filter.statuses = status;
  if (from) filter.createdFrom = `${from}T00:00:00Z`;
  if (to) filter.createdTo = `${to}T23:59:59Z`;
  if (ids) filter.videoIds = ids;
  if (sort === 'asc') filter.sort = 'CreationTime:Asc';
  return filter;
}

/** The token of the saved ID list the URL names, or null. */
export function listTokenFromSearchParams(params: SearchParamsInput): string | null {
  return loadParams(params).list;
}

// The URL values of a filter, with the token of a saved ID list, if any, in place of the IDs.
function filterValues(filter: VideoFilter, listToken: string | null) {
  return {
    q: filter.text ?? null,
    category: filter.cateId ?? null,
    status: filter.statuses?.length ? filter.statuses : null,
    from: filter.createdFrom?.slice(0, 10) ?? null,
    to: filter.createdTo?.slice(0, 10) ?? null,
    ids: listToken === null && filter.videoIds?.length ? filter.videoIds : null,
    sort: filter.sort === 'CreationTime:Asc' ? ('asc' as const) : null,
    subcats: filter.cateId !== undefined && filter.isCategoryOnly ? ('0' as const) : null,
    list: listToken,
  };
}

/**
 * Writes a VideoFilter as URL search params (the inverse of filterFromSearchParams), with the token of a
 * saved ID list, if any, in place of the IDs.
 */
export function searchParamsFromFilter(
  filter: VideoFilter,
  listToken: string | null = null,
): URLSearchParams {
  return new URLSearchParams(serializeParams(filterValues(filter, listToken)));
}

/** A link to /videos showing this filter, saved ID list and grid column sort. */
export function videosHref(
  filter: VideoFilter,
  { listToken = null, sort = null }: { listToken?: string | null; sort?: GridSortParam | null } = {},
): string {
  return serializeParams('/videos', { ...filterValues(filter, listToken), order: sort });
}

/**
 * Where the rest of a view streams from (/api/videos): after the shown page's ScrollToken, or from an offset
 * into a saved ID list.
 */
export function videoStreamHref(
  filter: VideoFilter,
  position: { listToken: string; offset: number } | { scrollToken: string },
): string {
  return 'listToken' in position
    ? serializeStream('/api/videos', { ...filterValues(filter, position.listToken), offset: position.offset })
    : serializeStream('/api/videos', { ...filterValues(filter, null), scrollToken: position.scrollToken });
}

/** The stream position /api/videos was asked for (each null when absent or malformed). */
export function streamPositionFromSearchParams(params: SearchParamsInput): {
  offset: number | null;
  scrollToken: string | null;
} {
  const { offset, scrollToken } = loadStream(params);
  return { offset, scrollToken };
}

/** A stable name for a view (filter, sort, ID list): what resets when the editor changes views. */
export function libraryKey(filter: VideoFilter, listToken: string | null = null): string {
  return searchParamsFromFilter(filter, listToken).toString() || 'all';
}

/**
 * The filter with its category widened to the category and all its sub-categories (from the category tree),
 * unless the editor asked for the category only. A category missing from the tree stays as it is.
 */
export function withSubcategories(filter: VideoFilter, roots: readonly CategoryNode[]): VideoFilter {
  if (filter.cateId === undefined || filter.isCategoryOnly) return filter;
  const node = findCategory(roots, filter.cateId);
  if (!node) return filter;
  const ids: number[] = [];
  const visit = (category: CategoryNode) => {
    ids.push(category.id);
    for (const child of category.children) visit(child);
  };
  visit(node);
  return { ...filter, cateIds: ids };
}

function findCategory(nodes: readonly CategoryNode[], id: number): CategoryNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findCategory(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/** The grid's column sort the URL names, or null. */
export function gridSortFromSearchParams(params: SearchParamsInput): GridSortParam | null {
  return loadParams(params).order;
}

/** The search string (`?…`) with the grid's column sort set (or removed when null), everything else kept. */
export function withGridSort(params: URLSearchParams, sort: GridSortParam | null): string {
  return serializeParams(params, { order: sort });
}
