import {
  createLoader,
  createParser,
  createSerializer,
  type inferParserType,
  parseAsIsoDateTime,
  parseAsStringLiteral,
} from 'nuqs/server';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/export/formats';
import { BATCH_ITEM_STATUSES, BATCH_OUTCOMES, BATCH_STATUSES } from './statuses';

/**
 * The history pages (batches, a batch, the audit trail) keep their filters and page in the URL. Each page has
 * one set of typed parsers below: the server page reads its params through it, and every link, form and
 * router push to the page (server or browser) writes them through the same set's serializer. Anything
 * malformed is dropped (that filter is off), never trusted and never an error page.
 */

/** Search params as Next.js hands them to a page, or as a route handler or a form reads them. */
export type SearchParams = Record<string, string | string[] | null | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** A text param that must match `pattern` (after trimming) and stay under `max` characters. */
const matching = (pattern: RegExp, max: number) =>
  createParser({
    parse: (value) => {
      const text = value.trim();
      return text.length > 0 && text.length <= max && pattern.test(text) ? text : null;
    },
    serialize: (value: string) => value,
  });

const uuid = matching(UUID, 36);
const cursor = matching(/^[\s\S]*$/, 1000);
const search = matching(/^[\s\S]*$/, 200);
/**
 * An instant with its offset, as the filter forms write them. Only four-digit years: JavaScript dates reach
 * ±275760, which the database refuses ("out of range"), so a hand-made `?from=-100000-…` would fail the page.
 */
export const instantParser = createParser({
  parse: (value) => (/^\d{4}-\d{2}-\d{2}(T|$)/.test(value) ? parseAsIsoDateTime.parse(value) : null),
  serialize: (value: Date) => value.toISOString(),
  eq: (a, b) => a.getTime() === b.getTime(),
});

const listParsers = {
  user: uuid,
  outcome: parseAsStringLiteral(BATCH_OUTCOMES),
  status: parseAsStringLiteral(BATCH_STATUSES),
  from: instantParser,
  to: instantParser,
  q: search,
  cursor,
};

const detailParsers = {
  outcome: parseAsStringLiteral(BATCH_ITEM_STATUSES),
  q: search,
  cursor,
  chunks: cursor,
};

const auditParsers = {
  actor: uuid,
  action: matching(/^[a-z_]+\.[a-z_]+$/, 100),
  from: instantParser,
  to: instantParser,
  cursor,
};

type Present<T> = { [K in keyof T]?: NonNullable<T[K]> };

/** The loader's result without the params that are off, so pages spread only what is set. */
function present<T extends Record<string, unknown>>(values: T): Present<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)) as Present<T>;
}

// Repeated params (`?to=a&to=b`) count by their first value, as the URL shows them; null means absent.
const firstValues = (params: SearchParams) =>
  Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return typeof first === 'string' ? [[key, first]] : [];
    }),
  );

const loadList = createLoader(listParsers);
const loadDetail = createLoader(detailParsers);
const loadAudit = createLoader(auditParsers);
const serializeList = createSerializer(listParsers);
const serializeDetail = createSerializer(detailParsers);
const serializeAudit = createSerializer(auditParsers);

export type BatchListParams = Present<inferParserType<typeof listParsers>>;
export type BatchDetailParams = Present<inferParserType<typeof detailParsers>>;
export type AuditParams = Present<inferParserType<typeof auditParsers>>;

/** The /batches filters and page from its search params. */
export function parseBatchListParams(params: SearchParams): BatchListParams {
  return present(loadList(firstValues(params)));
}

/** The /batches/[id] item filters and pages from its search params. */
export function parseBatchDetailParams(params: SearchParams): BatchDetailParams {
  return present(loadDetail(firstValues(params)));
}

/** The /audit filters and page from its search params. */
export function parseAuditParams(params: SearchParams): AuditParams {
  return present(loadAudit(firstValues(params)));
}

/** A link to /batches with these filters and page. */
export function batchListHref(params: BatchListParams): string {
  return serializeList('/batches', params);
}

/** A link to one batch's page with these item filters and pages. */
export function batchDetailHref(batchId: string, params: BatchDetailParams): string {
  return serializeDetail(`/batches/${batchId}`, params);
}

/** A link to /audit with these filters and page. */
export function auditHref(params: AuditParams): string {
  return serializeAudit('/audit', params);
}

/** The CSV download of the audit trail with the same filters as /audit. */
export function auditExportHref(params: AuditParams): string {
  return serializeAudit('/api/audit/export', params);
}

const outcomesParsers = {
  /** The id of the previous page's last outcome. */
  cursor: createParser({
    parse: (value) => (/^\d{1,15}$/.test(value) ? Number(value) : null),
    serialize: (value: number) => String(value),
  }),
};
const loadOutcomes = createLoader(outcomesParsers);
const serializeOutcomes = createSerializer(outcomesParsers);

/** The page of a batch's outcomes (/api/batches/[id]/outcomes) after `cursor`, or the first page for null. */
export function batchOutcomesHref(batchId: string, cursor: number | null): string {
  return serializeOutcomes(`/api/batches/${batchId}/outcomes`, { cursor });
}

/** The outcomes page asked for (cursor null: the first); null when the cursor given is malformed. */
export function parseOutcomesCursor(search: URLSearchParams): { cursor: number | null } | null {
  const { cursor } = loadOutcomes(search);
  return cursor === null && search.has('cursor') ? null : { cursor };
}

const exportParsers = { format: parseAsStringLiteral(EXPORT_FORMATS) };
const loadExport = createLoader(exportParsers);
const serializeExport = createSerializer(exportParsers);

/** The download of a batch as CSV or JSON. */
export function batchExportHref(batchId: string, format: ExportFormat): string {
  return serializeExport(`/api/batches/${batchId}/export`, { format });
}

/** The download format asked for (CSV when none); null when the format given is not one. */
export function parseExportFormat(search: URLSearchParams): ExportFormat | null {
  return search.has('format') ? loadExport(search).format : 'csv';
}
