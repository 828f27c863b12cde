import { z } from 'zod';
import type { VideoFilter } from '@/lib/vod/types';
import { WIRE_VIDEO_STATUSES, type WireVideoStatus } from '@/lib/vod/wire';

/**
 * The videos page keeps its filter in the URL so a view can be shared and reloaded. These two functions are
 * the only translation between search params and a VideoFilter; anything malformed is dropped, not trusted.
 */

const VIDEO_ID = /^[A-Za-z0-9_-]{1,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 128;
const MAX_IDS = 1000;

const statusSchema = z.enum(WIRE_VIDEO_STATUSES as [WireVideoStatus, ...WireVideoStatus[]]);

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

/** Splits pasted video IDs on commas, whitespace or new lines; drops malformed ones and duplicates. */
export function parseVideoIdList(text: string): string[] {
  const ids = text.split(/[\s,;]+/).filter((id) => VIDEO_ID.test(id));
  return [...new Set(ids)].slice(0, MAX_IDS);
}

/** Reads a VideoFilter from URL search params. */
export function filterFromSearchParams(params: SearchParams | URLSearchParams): VideoFilter {
  const get = (key: string) =>
    (params instanceof URLSearchParams ? (params.get(key) ?? '') : first(params[key])).trim();
  const filter: VideoFilter = {};
  const text = get('q').slice(0, MAX_TEXT);
  if (text) filter.text = text;
  const cateId = get('category');
  if (/^\d{1,19}$/.test(cateId)) filter.cateId = Number(cateId);
  const statuses = get('status')
    .split(',')
    .map((status) => statusSchema.safeParse(status))
    .flatMap((result) => (result.success ? [result.data] : []));
  if (statuses.length > 0) filter.statuses = [...new Set(statuses)];
  const from = get('from');
  if (DATE.test(from) && !Number.isNaN(Date.parse(from))) filter.createdFrom = `${from}T00:00:00Z`;
  const to = get('to');
  if (DATE.test(to) && !Number.isNaN(Date.parse(to))) filter.createdTo = `${to}T23:59:59Z`;
  const ids = parseVideoIdList(get('ids'));
  if (ids.length > 0) filter.videoIds = ids;
  if (get('sort') === 'asc') filter.sort = 'CreationTime:Asc';
  return filter;
}

/** Writes a VideoFilter as URL search params (the inverse of filterFromSearchParams). */
export function searchParamsFromFilter(filter: VideoFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.text) params.set('q', filter.text);
  if (filter.cateId !== undefined) params.set('category', String(filter.cateId));
  if (filter.statuses?.length) params.set('status', filter.statuses.join(','));
  if (filter.createdFrom) params.set('from', filter.createdFrom.slice(0, 10));
  if (filter.createdTo) params.set('to', filter.createdTo.slice(0, 10));
  if (filter.videoIds?.length) params.set('ids', filter.videoIds.join(','));
  if (filter.sort === 'CreationTime:Asc') params.set('sort', 'asc');
  return params;
}

/** A stable name for a filtered view, used to key unsaved drafts per library view. */
export function libraryKey(filter: VideoFilter): string {
  return searchParamsFromFilter(filter).toString() || 'all';
}
