import {
  createLoader,
  createParser,
  type inferParserType,
  parseAsIsoDateTime,
  parseAsStringLiteral,
} from 'nuqs/server';
import { BATCH_ITEM_STATUSES, BATCH_OUTCOMES, BATCH_STATUSES } from '@/lib/db/queries/batch-history';

/**
 * The history pages (batches, a batch, the audit trail) keep their filters and page in the URL, read here
 * through one set of typed parsers. Anything malformed is dropped (that filter is off), never trusted and
 * never an error page.
 */

export type SearchParams = Record<string, string | string[] | undefined>;

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
// An instant with its offset, as the filter forms write them; parseAsIsoDateTime accepts the same.
const instant = parseAsIsoDateTime;

const listParsers = {
  user: uuid,
  outcome: parseAsStringLiteral(BATCH_OUTCOMES),
  status: parseAsStringLiteral(BATCH_STATUSES),
  from: instant,
  to: instant,
  q: matching(/^[\s\S]*$/, 200),
  cursor,
};

const detailParsers = {
  outcome: parseAsStringLiteral(BATCH_ITEM_STATUSES),
  q: matching(/^[\s\S]*$/, 200),
  cursor,
  chunks: cursor,
};

const auditParsers = {
  actor: uuid,
  action: matching(/^[a-z_]+\.[a-z_]+$/, 100),
  from: instant,
  to: instant,
  cursor,
};

type Present<T> = { [K in keyof T]?: NonNullable<T[K]> };

/** The loader's result without the params that are off, so pages spread only what is set. */
function present<T extends Record<string, unknown>>(values: T): Present<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)) as Present<T>;
}

// Repeated params (`?to=a&to=b`) count by their first value, as the URL shows them.
const firstValues = (params: SearchParams) =>
  Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );

const loadList = createLoader(listParsers);
const loadDetail = createLoader(detailParsers);
const loadAudit = createLoader(auditParsers);

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
