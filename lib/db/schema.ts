import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { FieldChanges } from '../edits/fields';
import type { TagOperation } from '../edits/tag-ops';
import { BATCH_ITEM_STATUSES, BATCH_STATUSES } from '../history/statuses';
import type { BatchSummaryData } from '../history/summary';

/**
 * The one database schema, shared by PGlite and PostgreSQL. No 'server-only' here: drizzle-kit loads this
 * file directly to generate migrations. Everything else reaches these tables through lib/db/queries.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const userRole = pgEnum('user_role', ['viewer', 'editor', 'admin']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name'),
    role: userRole('role').notNull().default('viewer'),
    /** Null for accounts that only sign in through single sign-on. */
    passwordHash: text('password_hash'),
    /** The OIDC `sub` this account is linked to, once it has signed in through single sign-on. */
    oidcSubject: text('oidc_subject'),
    disabled: boolean('disabled').notNull().default(false),
    /** Set when an admin handed out a one-time password: the next sign-in must choose a new one. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** Bumped to end every session issued before (disable, password reset). */
    tokenVersion: integer('token_version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    /** The TOTP secret, encrypted (lib/auth/totp.ts); set while enrolling and once enrolled. */
    totpSecret: text('totp_secret'),
    /** When the second factor was confirmed; null while not enrolled (or still enrolling). */
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The last TOTP time step accepted, so a code cannot be used twice. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    /** argon2id hashes of the unused recovery codes. */
    recoveryCodeHashes: text('recovery_code_hashes').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    uniqueIndex('users_oidc_subject_key').on(t.oidcSubject),
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
  ],
);

/**
 * One row per signed-in session (its id is in the session token): a session is valid only while its row
 * exists, is not revoked and has not passed its absolute end. Checked on every request, by primary key.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const signInThrottleScope = pgEnum('sign_in_throttle_scope', ['account', 'ip', 'account_ip']);

/**
 * Recent failed sign-ins per account (attempted email), per client address, and per (account, address)
 * pair, for backoff.
 */
export const signInThrottles = pgTable(
  'sign_in_throttles',
  {
    scope: signInThrottleScope('scope').notNull(),
    key: text('key').notNull(),
    failures: integer('failures').notNull().default(0),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.key] }),
    index('sign_in_throttles_last_failure_idx').on(t.lastFailureAt),
  ],
);

export const userPreferences = pgTable(
  'user_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/**
 * A pasted list of video IDs, kept so the videos page's URL carries a short token (`list=`) instead of
 * thousands of IDs. `malformed` and `duplicates` are what the paste held besides, for the page's report.
 */
export const videoIdLists = pgTable(
  'video_id_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    videoIds: jsonb('video_ids').$type<string[]>().notNull(),
    malformed: jsonb('malformed').$type<string[]>().notNull(),
    duplicates: jsonb('duplicates').$type<string[]>().notNull(),
    overLimit: integer('over_limit').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('video_id_lists_user_idx').on(t.userId, t.createdAt)],
);

export const batchKind = pgEnum('batch_kind', ['save', 'retry', 'revert']);
export const batchStatus = pgEnum('batch_status', BATCH_STATUSES);

export const batches = pgTable(
  'batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: batchKind('kind').notNull(),
    /** The batch a retry or revert was made from. */
    parentBatchId: uuid('parent_batch_id').references((): AnyPgColumn => batches.id),
    status: batchStatus('status').notNull().default('pending'),
    /** A short description of what was edited (filter or library), shown in lists. */
    label: text('label').notNull().default(''),
    /** What the batch did, derived from its items' changes at creation (lib/batches/summary). */
    summary: jsonb('summary').$type<BatchSummaryData>(),
    /** The summary as English text, with the note: what the batch list searches. */
    summaryText: text('summary_text').notNull().default(''),
    /** The editor's optional note, given when saving. */
    note: text('note').notNull().default(''),
    total: integer('total').notNull(),
    updated: integer('updated').notNull().default(0),
    forbidden: integer('forbidden').notNull().default(0),
    notFound: integer('not_found').notNull().default(0),
    referenceNotFound: integer('reference_not_found').notNull().default(0),
    conflict: integer('conflict').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    pending: integer('pending').notNull().default(0),
    /** Set while VOD is unreachable, failing or throttling: when the run tries again. */
    nextTryAt: timestamp('next_try_at', { withTimezone: true }),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** The app server running the batch (lib/batches/leases.ts); null while no server holds it. */
    leaseOwner: text('lease_owner'),
    /** When the owner's lease ends unless its heartbeat renews it; another server may take it over then. */
    leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
  },
  (t) => [
    index('batches_created_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('batches_user_created_idx').on(t.userId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('batches_status_created_idx').on(
      t.status,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('batches_parent_idx').on(t.parentBatchId).where(sql`${t.parentBatchId} is not null`),
  ],
);

/**
 * The batches' counters summed per quarter hour of creation and per user, kept by a trigger on batches
 * (drizzle/0006) so every writer keeps it exact. The overview reads a period from here: at most 96 rows a
 * day per editor instead of every batch. A quarter hour divides every time zone's offset, so a viewer's
 * days are whole buckets.
 */
export const batchRollups = pgTable(
  'batch_rollups',
  {
    bucket: timestamp('bucket', { withTimezone: true }).notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    batches: integer('batches').notNull().default(0),
    videos: integer('videos').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    forbidden: integer('forbidden').notNull().default(0),
    notFound: integer('not_found').notNull().default(0),
    referenceNotFound: integer('reference_not_found').notNull().default(0),
    conflict: integer('conflict').notNull().default(0),
    failed: integer('failed').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.userId] })],
);

/**
 * The shared call schedule of each VOD account and action (lib/vod/reserving-pacer-store.ts): when its
 * next call is due, in epoch milliseconds of the database's clock. Every app server reserves its calls here.
 */
export const pacerSchedules = pgTable('pacer_schedules', {
  key: text('key').primaryKey(),
  dueMs: doublePrecision('due_ms').notNull(),
});

export const batchChunkStatus = pgEnum('batch_chunk_status', [
  'pending',
  'running',
  'done',
  'failed',
  'interrupted',
]);

/** One UpdateVideoInfos call group of a batch: its timeline and the VOD request ids it produced. */
export const batchChunks = pgTable(
  'batch_chunks',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    videoIds: text('video_ids').array().notNull(),
    status: batchChunkStatus('status').notNull().default('pending'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    durationMs: integer('duration_ms'),
    attempts: integer('attempts').notNull().default(0),
    /** Attempts VOD answered with throttling. */
    throttled: integer('throttled').notNull().default(0),
    requestIds: text('request_ids').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [uniqueIndex('batch_chunks_batch_seq_key').on(t.batchId, t.seq)],
);

export const batchItemStatus = pgEnum('batch_item_status', BATCH_ITEM_STATUSES);

export const batchItems = pgTable(
  'batch_items',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id, { onDelete: 'cascade' }),
    videoId: text('video_id').notNull(),
    /** The video's title when the batch was made, so a batch's items can be searched. */
    title: text('title').notNull().default(''),
    /** The values the editor saw for the changed fields: used for the conflict check only. */
    base: jsonb('base').$type<FieldChanges>().notNull(),
    /**
     * The new values. For a tag operation, `tags` is filled in with the list actually sent once VOD's
     * tags were read.
     */
    changes: jsonb('changes').$type<FieldChanges>().notNull(),
    /** "Add tags"/"Remove tags" as an operation, applied to VOD's tags read just before the update. */
    tagOps: jsonb('tag_ops').$type<TagOperation>(),
    /**
     * VOD's values of the changed fields, read by the server just before the update: the history's,
     * the export's and the revert's "before". Null until read (and for batches older than this column).
     */
    before: jsonb('before_values').$type<FieldChanges>(),
    status: batchItemStatus('status').notNull().default('pending'),
    /** VOD's values of the changed fields when they no longer matched `base` (a conflict). */
    current: jsonb('current').$type<FieldChanges>(),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    retryable: boolean('retryable').notNull().default(false),
    requestId: text('request_id'),
    attempts: integer('attempts').notNull().default(0),
    chunkId: bigint('chunk_id', { mode: 'number' }).references(() => batchChunks.id, {
      onDelete: 'set null',
    }),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('batch_items_batch_status_idx').on(t.batchId, t.status),
    // The overview's problem codes and repeated failures: only items that ended badly, by when they did.
    index('batch_items_problems_idx')
      .on(t.updatedAt, t.videoId)
      .where(sql`${t.status} in ('forbidden', 'not_found', 'reference_not_found', 'conflict', 'failed')`),
    uniqueIndex('batch_items_batch_video_key').on(t.batchId, t.videoId),
  ],
);

/** Append-only: a trigger (see the audit_append_only migration) rejects UPDATE, DELETE and TRUNCATE. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** No foreign key: the trail must outlive whatever it mentions. */
    actorId: uuid('actor_id'),
    actorEmail: text('actor_email').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    ip: text('ip'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('audit_events_actor_at_idx').on(t.actorId, t.at.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('audit_events_action_at_idx').on(t.action, t.at.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];
export type BatchRow = typeof batches.$inferSelect;
export type BatchItemRow = typeof batchItems.$inferSelect;
export type AuditEventRow = typeof auditEvents.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
