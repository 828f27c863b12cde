import { z } from 'zod';
import { BATCH_ITEM_STATUSES, BATCH_OUTCOMES, BATCH_STATUSES } from '@/lib/db/queries/batch-history';

/**
 * The history pages (batches, a batch, the audit trail) keep their filters and page in the URL. Anything malformed is dropped (that filter is
 * off), never trusted and never an error page.
 */

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);
const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const cursor = z.string().max(1000);

const listSchema = z.object({
  user: optional(z.uuid()),
  outcome: optional(z.enum(BATCH_OUTCOMES)),
  status: optional(z.enum(BATCH_STATUSES)),
  from: optional(instant),
  to: optional(instant),
  q: optional(z.string().trim().max(200)),
  cursor: optional(cursor),
});

const detailSchema = z.object({
  outcome: optional(z.enum(BATCH_ITEM_STATUSES)),
  q: optional(z.string().trim().max(200)),
  cursor: optional(cursor),
  chunks: optional(cursor),
});

const auditSchema = z.object({
  actor: optional(z.uuid()),
  action: optional(z.string().regex(/^[a-z_]+\.[a-z_]+$/)),
  from: optional(instant),
  to: optional(instant),
  cursor: optional(cursor),
});

export type BatchListParams = z.output<typeof listSchema>;
export type BatchDetailParams = z.output<typeof detailSchema>;
export type AuditParams = z.output<typeof auditSchema>;

/** The /batches filters and page from its search params. */
export function parseBatchListParams(params: SearchParams): BatchListParams {
  return listSchema.parse(params);
}

/** The /batches/[id] item filters and pages from its search params. */
export function parseBatchDetailParams(params: SearchParams): BatchDetailParams {
  return detailSchema.parse(params);
}

/** The /audit filters and page from its search params. */
export function parseAuditParams(params: SearchParams): AuditParams {
  return auditSchema.parse(params);
}
