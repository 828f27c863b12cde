import type { BatchSummaryData } from '@/lib/history/summary';
import { summaryPhrase } from './batch-text';
import type { Translator } from './translator';

/** The parts of an audit event a sentence is made from. */
export interface AuditSentenceInput {
  actorEmail: string;
  action: string;
  details: Record<string, unknown>;
}

type T = Translator;
type Sentence = (t: T, actor: string, details: Record<string, unknown>) => string;

const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const yes = (value: boolean) => (value ? 'yes' : 'no');
const roleName = (t: T, value: unknown) => t('audit.role', { role: text(value).toLowerCase() });
const email = (t: T, value: unknown) => text(value, t('audit.aUser'));
// Only what lib/history/summary writes is rendered as a summary; anything else reads as "changed".
const summaryOf = (value: unknown): BatchSummaryData | null =>
  value !== null && typeof value === 'object' && Array.isArray((value as BatchSummaryData).parts)
    ? (value as BatchSummaryData)
    : null;

const sentences: Record<string, Sentence> = {
  'auth.sign_in': (t, actor, d) =>
    t('audit.sentences.auth.sign_in', { actor, sso: yes(text(d.method) === 'oidc') }),
  'auth.sign_in_failed': (t, actor, d) =>
    t('audit.sentences.auth.sign_in_failed', { actor, locked: yes(d.locked === true) }),
  'user.created': (t, actor, d) =>
    t('audit.sentences.user.created', { actor, email: email(t, d.email), role: roleName(t, d.role) }),
  'user.role_changed': (t, actor, d) =>
    t('audit.sentences.user.role_changed', {
      actor,
      email: email(t, d.email),
      from: roleName(t, d.from),
      to: roleName(t, d.to),
    }),
  'user.disabled': (t, actor, d) => t('audit.sentences.user.disabled', { actor, email: email(t, d.email) }),
  'user.enabled': (t, actor, d) => t('audit.sentences.user.enabled', { actor, email: email(t, d.email) }),
  'user.password_reset': (t, actor, d) =>
    t('audit.sentences.user.password_reset', {
      actor,
      email: email(t, d.email),
      oneTime: yes(d.oneTime === true),
    }),
  'user.password_changed': (t, actor) => t('audit.sentences.user.password_changed', { actor }),
  'batch.created': (t, actor, d) =>
    t('audit.sentences.batch.created', {
      actor,
      kind: text(d.kind),
      phrase: summaryPhrase(t, summaryOf(d.summary), num(d.total)),
      hasNote: yes(text(d.note) !== ''),
      note: text(d.note),
    }),
  'batch.finished': (t, _actor, d) =>
    t('audit.sentences.batch.finished', {
      updated: num(d.updated),
      total: num(d.total),
      problems: Math.max(0, num(d.total) - num(d.updated)),
    }),
  'batch.retried': (t, actor, d) => t('audit.sentences.batch.retried', { actor, items: num(d.items) }),
  'batch.reverted': (t, actor, d) => t('audit.sentences.batch.reverted', { actor, items: num(d.items) }),
  'batch.resumed': (t, actor, d) => t('audit.sentences.batch.resumed', { actor, pending: num(d.pending) }),
};

const SYSTEM_ACTORS = {
  system: 'system',
  'system:demo-seed': 'demoSeed',
  'system:sign-in-throttle': 'signInThrottle',
  'system:single-sign-on': 'singleSignOn',
} as const;

/** Who acted, as people read it: a person's email, or the app's part that acted by itself. */
function actorName(t: T, actorEmail: string): string {
  const system = SYSTEM_ACTORS[actorEmail as keyof typeof SYSTEM_ACTORS];
  return system ? t(`audit.systemActors.${system}`) : actorEmail;
}

/** The human name of an audit action; an action without one is shown by its code. */
export function auditActionLabel(t: T, action: string): string {
  // Actions are open-ended codes stored with each event; the catalog names the known ones.
  const key = `audit.actions.${action}` as 'audit.actions.auth.sign_in';
  return t.has(key) ? t(key) : action;
}

/** One event as a sentence: "editor@demo.local added tag bulk-2025 to 50 videos". */
export function auditSentence(t: T, { actorEmail, action, details }: AuditSentenceInput): string {
  const actor = actorName(t, actorEmail);
  return (
    sentences[action]?.(t, actor, details) ??
    t('audit.fallbackSentence', { actor, action: auditActionLabel(t, action) })
  );
}
