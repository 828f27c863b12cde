import type { BatchSummaryData, SummaryPart } from '@/lib/history/summary';
import type { Translator } from './translator';

/**
 * Batches in words, for lists, headings, exports and audit sentences. Each takes the whole-catalog
 * translator (batches and field names), so it reads in whatever language the caller speaks.
 */

type T = Translator;

const MAX_VALUE = 40;
const clip = (text: string) => (text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text);

/** One part of a batch summary as a short label: "Tags +bulk-2025", "Category → News / World". */
function summaryPartText(t: T, part: SummaryPart): string {
  switch (part.kind) {
    case 'tags':
      return t('batches.summary.tags', {
        ops: [...part.added.map((tag) => `+${tag}`), ...part.removed.map((tag) => `−${tag}`)].join(' '),
      });
    case 'set':
      return t('batches.summary.set', {
        field: t(`fields.labels.${part.field}`),
        value: part.label ?? (part.value === '' ? t('fields.empty') : clip(part.value)),
      });
    case 'replace':
      return t('batches.summary.replace', {
        find: clip(part.find),
        replace: clip(part.replace),
        field: t(`fields.labels.${part.field}`),
      });
    case 'edited':
      return t('batches.summary.edited', { field: t(`fields.labels.${part.field}`) });
  }
}

/** One part of a batch summary as a verb phrase: "added tag bulk-2025", "set Category to News / World". */
function summaryPartPhrase(t: T, part: SummaryPart): string {
  switch (part.kind) {
    case 'tags':
      return [
        part.added.length > 0
          ? t('batches.phrase.tagsAdded', { count: part.added.length, tags: part.added.join(', ') })
          : '',
        part.removed.length > 0
          ? t('batches.phrase.tagsRemoved', { count: part.removed.length, tags: part.removed.join(', ') })
          : '',
      ]
        .filter(Boolean)
        .join(t('batches.phrase.and'));
    case 'set':
      return t('batches.phrase.set', {
        field: t(`fields.labels.${part.field}`),
        value: part.label ?? `'${clip(part.value)}'`,
      });
    case 'replace':
      return t('batches.phrase.replace', {
        find: clip(part.find),
        replace: clip(part.replace),
        field: t(`fields.labels.${part.field}`),
      });
    case 'edited':
      return t('batches.phrase.edited', { field: t(`fields.labels.${part.field}`) });
  }
}

/** A batch's summary as a label for lists and headings: "Tags +bulk-2025 · 50 videos". */
export function summaryText(t: T, summary: BatchSummaryData | null, total: number): string {
  return [
    summary?.parts.map((part) => summaryPartText(t, part)).join(t('batches.summary.partSeparator')) || null,
    t('batches.summary.videos', { count: summary?.videos ?? total }),
  ]
    .filter(Boolean)
    .join(t('batches.summary.separator'));
}

/** Which word joins an English phrase to its videos ("added … to", "removed … from", "set … on"). */
function jointOf(part: SummaryPart | undefined): 'to' | 'from' | 'on' | 'of' {
  if (part?.kind === 'tags') return part.added.length > 0 ? 'to' : 'from';
  return part?.kind === 'set' ? 'on' : 'of';
}

/** What a batch did as the rest of a sentence after its author: "added tag bulk-2025 to 50 videos". */
export function summaryPhrase(t: T, summary: BatchSummaryData | null, total: number): string {
  const videos = summary?.videos ?? total;
  const phrase = summary?.parts.map((part) => summaryPartPhrase(t, part)).join(t('batches.phrase.and'));
  if (!phrase) return t('batches.phrase.changed', { videos });
  return t('batches.phrase.whole', { phrase, joint: jointOf(summary?.parts[0]), videos });
}

/** A duration as people read it: 850 ms, 12.4 s, 3 min 05 s, 1 h 02 min. */
export function formatDuration(t: T, ms: number): string {
  if (ms < 1000) return t('batches.duration.ms', { ms: Math.round(ms) });
  if (ms < 60_000) return t('batches.duration.seconds', { s: (ms / 1000).toFixed(1) });
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) {
    return t('batches.duration.minutes', { m: minutes, s: String(totalSeconds % 60).padStart(2, '0') });
  }
  return t('batches.duration.hours', {
    h: Math.floor(minutes / 60),
    m: String(minutes % 60).padStart(2, '0'),
  });
}

/** How long a batch ran, or a dash while it has not finished. */
export function durationOf(t: T, startedAt: string | null, finishedAt: string | null): string {
  return startedAt && finishedAt ? formatDuration(t, Date.parse(finishedAt) - Date.parse(startedAt)) : '—';
}

/** A tag operation in words: "add a, b; remove c". */
export function tagOperationText(t: T, add: readonly string[], remove: readonly string[]): string {
  return [
    add.length > 0 ? t('batches.tagAdd', { tags: add.join(', ') }) : '',
    remove.length > 0 ? t('batches.tagRemove', { tags: remove.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(t('batches.tagOperationSeparator'));
}
