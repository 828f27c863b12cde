import type { BatchSummaryData } from '@/lib/history/summary';
import { batchesMessages } from './batches';

/** The parts of an audit event a sentence is made from. */
export interface AuditSentenceInput {
  actorEmail: string;
  action: string;
  details: Record<string, unknown>;
}

const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const roleName = (value: unknown) => text(value, 'unknown').toLowerCase();
const videos = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'video' : 'videos'}`;
// Only what lib/batches/summary writes is rendered as a summary; anything else reads as "changed".
const summaryOf = (value: unknown): BatchSummaryData | null =>
  value !== null && typeof value === 'object' && Array.isArray((value as BatchSummaryData).parts)
    ? (value as BatchSummaryData)
    : null;

type Sentence = (actor: string, details: Record<string, unknown>) => string;

const sentences: Record<string, Sentence> = {
  'auth.sign_in': (actor, d) =>
    `${actor} signed in${text(d.method) === 'oidc' ? ' with single sign-on' : ''}`,
  'auth.sign_in_failed': (actor, d) =>
    `A sign-in as ${actor} failed${d.locked === true ? ', and further attempts are paused' : ''}`,
  'user.created': (actor, d) => `${actor} added ${text(d.email, 'a user')} as ${roleName(d.role)}`,
  'user.role_changed': (actor, d) =>
    `${actor} changed the role of ${text(d.email, 'a user')} from ${roleName(d.from)} to ${roleName(d.to)}`,
  'user.disabled': (actor, d) => `${actor} disabled ${text(d.email, 'a user')}`,
  'user.enabled': (actor, d) => `${actor} enabled ${text(d.email, 'a user')}`,
  'user.password_reset': (actor, d) =>
    `${actor} reset the password of ${text(d.email, 'a user')}${d.oneTime === true ? ' to a one-time password' : ''}`,
  'user.password_changed': (actor) => `${actor} chose a new password`,
  'batch.created': (actor, d) => {
    const phrase = batchesMessages.summaryPhrase(summaryOf(d.summary), num(d.total));
    const kind = text(d.kind);
    const prefix = kind === 'retry' ? 'retried: ' : kind === 'revert' ? 'reverted: ' : '';
    return `${actor} ${prefix}${phrase}${text(d.note) ? ` (“${text(d.note)}”)` : ''}`;
  },
  'batch.finished': (_actor, d) => {
    const problems = num(d.total) - num(d.updated);
    return `A batch finished: ${num(d.updated).toLocaleString('en')} of ${videos(num(d.total))} updated${
      problems > 0 ? `, ${problems.toLocaleString('en')} with problems` : ''
    }`;
  },
  'batch.retried': (actor, d) => `${actor} sent ${videos(num(d.items))} of a batch again`,
  'batch.reverted': (actor, d) => `${actor} put back the before-values of ${videos(num(d.items))}`,
  'batch.resumed': (actor, d) => `${actor} resumed a batch with ${videos(num(d.pending))} left to send`,
};

/** Human names of audit actions; an action without one is shown by its code. */
const actionLabels: Record<string, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.sign_out': 'Signed out',
  'auth.locked': 'Sign-in locked',
  'auth.unlocked': 'Sign-in unlocked',
  'auth.recovery_code_used': 'Recovery code used',
  'user.sessions_ended': 'Signed out everywhere',
  'user.two_step_enabled': 'Two-step sign-in turned on',
  'user.two_step_reset': 'Two-step sign-in reset',
  'user.created': 'User created',
  'user.role_changed': 'Role changed',
  'user.disabled': 'User disabled',
  'user.enabled': 'User enabled',
  'user.password_reset': 'Password reset',
  'user.password_changed': 'Password changed',
  'batch.created': 'Batch created',
  'batch.started': 'Batch started',
  'batch.finished': 'Batch finished',
  'batch.interrupted': 'Batch interrupted',
  'batch.resumed': 'Batch resumed',
  'batch.retried': 'Batch retried',
  'batch.reverted': 'Batch reverted',
};

/** audit texts (English). Keep every user-facing string of this area here. */
export const auditMessages = {
  pageTitle: 'Audit trail',
  intro: 'Who did what and when. The trail is append-only: nothing in the app can change or delete an entry.',
  actionLabel: (action: string) => actionLabels[action] ?? action,
  /** One event as a sentence: "editor@demo.local added tag bulk-2025 to 50 videos". */
  sentence: ({ actorEmail, action, details }: AuditSentenceInput) =>
    sentences[action]?.(actorEmail, details) ?? `${actorEmail}: ${actionLabels[action] ?? action}`,
  rawDetails: 'Raw details',
  exportCsv: 'Export CSV',
  exportFailed: 'The export could not be made.',
  columns: {
    at: 'When',
    event: 'What happened',
    actor: 'Who',
    action: 'Kind',
    target: 'On',
    details: 'Details',
    ip: 'From address',
  },
  filters: {
    legend: 'Filter the audit trail',
    actor: 'Who',
    anyActor: 'Anyone',
    action: 'Kind',
    anyAction: 'Any kind',
    from: 'From',
    to: 'To',
    apply: 'Apply',
    clear: 'Clear',
  },
  tableCaption: 'Audit events, newest first',
  noEvents: 'No audit events match these filters.',
  pages: 'Pages',
  nextPage: 'Next page',
  firstPage: 'Newest',
  batchTarget: (id: string) => `Batch ${id.slice(0, 8)}`,
} as const;
