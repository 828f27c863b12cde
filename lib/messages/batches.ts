import type { batchChunkStatus, batchItemStatus, batchKind, batchStatus } from '@/lib/db/schema';
import type { BatchSummaryData, SummaryPart } from '@/lib/history/summary';
import { fieldMessages } from './fields';

type BatchStatus = (typeof batchStatus.enumValues)[number];
type BatchKind = (typeof batchKind.enumValues)[number];
type ItemStatus = (typeof batchItemStatus.enumValues)[number];
type ChunkStatus = (typeof batchChunkStatus.enumValues)[number];

const count = (n: number) => n.toLocaleString('en');
const MAX_VALUE = 40;
const clip = (text: string) => (text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text);
const quoted = (text: string) => `'${clip(text)}'`;

/** One part of a batch summary as a short label: "Tags +bulk-2025", "Category → News / World". */
function summaryPartText(part: SummaryPart): string {
  switch (part.kind) {
    case 'tags':
      return `Tags ${[...part.added.map((tag) => `+${tag}`), ...part.removed.map((tag) => `−${tag}`)].join(' ')}`;
    case 'set':
      return `${fieldMessages.labels[part.field]} → ${part.label ?? (part.value === '' ? '(empty)' : clip(part.value))}`;
    case 'replace':
      return `Find ${quoted(part.find)} → ${quoted(part.replace)} in ${fieldMessages.labels[part.field]}`;
    case 'edited':
      return `${fieldMessages.labels[part.field]} edited`;
  }
}

/** One part of a batch summary as a verb phrase: "added tag bulk-2025", "set Category to News / World". */
function summaryPartPhrase(part: SummaryPart): string {
  switch (part.kind) {
    case 'tags': {
      const phrases = [
        part.added.length > 0
          ? `added ${part.added.length === 1 ? 'tag' : 'tags'} ${part.added.join(', ')}`
          : '',
        part.removed.length > 0
          ? `removed ${part.removed.length === 1 ? 'tag' : 'tags'} ${part.removed.join(', ')}`
          : '',
      ];
      return phrases.filter(Boolean).join(' and ');
    }
    case 'set':
      return `set ${fieldMessages.labels[part.field]} to ${part.label ?? quoted(part.value)}`;
    case 'replace':
      return `replaced ${quoted(part.find)} with ${quoted(part.replace)} in ${fieldMessages.labels[part.field]}`;
    case 'edited':
      return `edited ${fieldMessages.labels[part.field]}`;
  }
}
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** A duration as people read it: 850 ms, 12.4 s, 3 min 05 s, 1 h 02 min. */
function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) return `${minutes} min ${String(totalSeconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** batches texts (English). Keep every user-facing string of this area here. */
export const batchesMessages = {
  listTitle: 'Batches',
  listIntro: 'Every save, retry and revert, newest first.',
  listIntroOwn: 'Your saves, retries and reverts, newest first.',
  detailTitle: (kind: string, summary: string) => `${kind}: ${summary}`,
  /** A batch's summary as a label for lists and headings: "Tags +bulk-2025 · 50 videos". */
  summaryText: (summary: BatchSummaryData | null, total: number) =>
    [
      summary?.parts.map(summaryPartText).join(', ') || null,
      plural(summary?.videos ?? total, 'video', 'videos'),
    ]
      .filter(Boolean)
      .join(' · '),
  /** What a batch did as the rest of a sentence after its author: "added tag bulk-2025 to 50 videos". */
  summaryPhrase: (summary: BatchSummaryData | null, total: number) => {
    const phrase = summary?.parts.map(summaryPartPhrase).join(' and ');
    if (!phrase) return `changed ${plural(summary?.videos ?? total, 'video', 'videos')}`;
    const joint = { added: 'to', removed: 'from', set: 'on' }[phrase.split(' ')[0] ?? ''] ?? 'of';
    return `${phrase} ${joint} ${plural(summary?.videos ?? total, 'video', 'videos')}`;
  },
  note: 'Note',
  noteWithText: (note: string) => `Note: ${note}`,
  statuses: {
    pending: 'Queued',
    running: 'Running',
    done: 'Done',
    done_with_problems: 'Done with problems',
    interrupted: 'Interrupted',
  } satisfies Record<BatchStatus, string>,
  kinds: { save: 'Save', retry: 'Retry', revert: 'Revert' } satisfies Record<BatchKind, string>,
  outcomes: {
    pending: 'Waiting',
    sending: 'Sending',
    updated: 'Updated',
    forbidden: 'Forbidden',
    not_found: 'Not found',
    reference_not_found: 'Reference ID not found',
    conflict: 'Conflict',
    failed: 'Failed',
  } satisfies Record<ItemStatus, string>,
  /** Shown when VOD gave no message of its own. */
  outcomeExplanations: {
    pending: 'Not sent yet.',
    sending: 'Being sent to VOD.',
    updated: 'Saved in VOD.',
    forbidden: 'VOD refused: this account may not change the video.',
    not_found: 'VOD has no such video (deleted?).',
    reference_not_found: 'VOD has no video with this Reference ID.',
    conflict: 'Changed in VOD since it was loaded, so it was not overwritten.',
    failed: 'The call failed.',
  } satisfies Record<ItemStatus, string>,
  chunkStatuses: {
    pending: 'Waiting',
    running: 'Sending',
    done: 'Done',
    failed: 'Failed',
    interrupted: 'Interrupted',
  } satisfies Record<ChunkStatus, string>,
  columns: {
    created: 'Created',
    user: 'By',
    kind: 'Kind',
    description: 'What',
    videos: 'Videos',
    outcomes: 'Outcomes',
    status: 'Status',
    duration: 'Duration',
    video: 'Video',
    changes: 'Before → after',
    outcome: 'Outcome',
    requestIds: 'Request IDs',
    attempts: 'Attempts',
    chunk: 'Chunk',
    sentAt: 'Sent',
  },
  filters: {
    legend: 'Filter batches',
    search: 'Summary or note',
    user: 'User',
    anyUser: 'Any user',
    outcome: 'With outcome',
    anyOutcome: 'Any outcome',
    status: 'Status',
    anyStatus: 'Any status',
    from: 'From',
    to: 'To',
    apply: 'Apply',
    clear: 'Clear',
  },
  itemFilters: {
    legend: 'Filter videos',
    outcome: 'Outcome',
    anyOutcome: 'Any outcome',
    search: 'Video ID or title',
    apply: 'Search',
    clear: 'Clear',
  },
  noBatches: 'No batches match these filters.',
  noItems: 'No videos match these filters.',
  noChunks: 'No calls have been sent yet.',
  listPages: 'Pages of batches',
  itemPages: 'Pages of videos',
  chunkPages: 'Pages of calls',
  nextPage: 'Next page',
  firstPage: 'Newest',
  firstItems: 'First page',
  itemsTitle: 'Videos',
  itemsSummary: (total: number) => plural(total, 'video', 'videos'),
  chunksTitle: 'Calls to VOD',
  timeline: {
    title: 'Calls over time',
    second: 'Second',
    calls: 'Calls',
    retries: 'Retries',
    throttled: 'Throttled',
    waiting: 'Waiting',
    limit: (n: number) => `Limit: ${n} calls/s`,
    yes: 'yes',
    summary: (t: {
      totalCalls: number;
      retries: number;
      throttled: number;
      peak: number;
      limit: number;
      waits: number;
      seconds: number;
    }) =>
      `${plural(t.totalCalls, 'call', 'calls')} over ${plural(t.seconds, 'second', 'seconds')}, at most ${count(t.peak)} in one second (limit ${t.limit}/s); ${plural(t.retries, 'retry', 'retries')}, ${count(t.throttled)} throttled, ${plural(t.waits, 'second', 'seconds')} without a call.`,
    none: 'No calls have been made yet.',
    note: 'Times are seconds since the first call. A chunk’s retries are spread over its duration.',
  },
  chunksIntro:
    'Each UpdateVideoInfos call, in the order sent. Quote the request IDs to Alibaba Cloud support.',
  tableCaption: 'Batches',
  itemsCaption: 'Videos of this batch',
  chunksCaption: 'Calls of this batch',
  openInGrid: 'Open in grid',
  noValue: '(empty)',
  tagOperation: 'Tag operation',
  tagOperationText: (add: readonly string[], remove: readonly string[]) =>
    [add.length > 0 ? `add ${add.join(', ')}` : '', remove.length > 0 ? `remove ${remove.join(', ')}` : '']
      .filter(Boolean)
      .join('; '),
  waitingForVod: 'Waiting for VOD, next try at',
  nowInVod: 'Now in VOD:',
  meta: {
    by: 'By',
    created: 'Created',
    started: 'Started',
    finished: 'Finished',
    duration: 'Duration',
    kind: 'Kind',
    status: 'Status',
    videos: 'Videos',
    parent: 'Made from',
    children: 'Made from this batch',
  },
  parentLink: (kind: string) => `the batch this ${kind.toLowerCase()} was made from`,
  childLink: (kind: string) => `${kind} batch`,
  live: 'Running — this page updates itself.',
  family: {
    title: 'Already retried',
    newest: 'The newest retry of this batch',
    stillFailing: (n: number) =>
      n === 0
        ? 'Nothing there can be retried.'
        : `${plural(n, 'video', 'videos')} can still be retried there.`,
    status: (status: string) => `Status: ${status}.`,
  },
  actions: {
    title: 'Actions',
    retry: 'Retry failed videos',
    retryConfirm: 'Send the failed videos that can be retried again, as a new batch?',
    retryNewest: 'Retry what still fails in the newest retry',
    retryNewestConfirm:
      'This batch was retried already. Send again what still fails in its newest retry (and only that), as a new batch?',
    revert: 'Revert this batch',
    revertConfirm:
      'Put back the before-values of every video this batch updated, as a new batch? A video changed in VOD since then is reported as a conflict and not overwritten.',
    confirmRetry: 'Retry now',
    confirmRevert: 'Revert now',
    working: 'Starting…',
    exportCsv: 'Export CSV',
    exportJson: 'Export JSON',
    nothingToRetry: 'Nothing to retry: no failed video of this batch can be retried.',
    nothingToRevert: 'Nothing to revert: this batch updated no video whose values can be put back.',
    unfinished: 'Wait until this batch has finished.',
    notYours: 'This batch does not exist, or only an admin or the editor who made it can do this.',
  },
  export: {
    badFormat: 'Choose format=csv or format=json.',
    notFound: 'No such batch.',
    forbidden: 'Only an admin or the editor who made this batch can export it.',
  },
  formatDuration,
  durationOf: (startedAt: string | null, finishedAt: string | null) =>
    startedAt && finishedAt ? formatDuration(Date.parse(finishedAt) - Date.parse(startedAt)) : '—',
  count,
  countOf: (n: number, label: string) => `${count(n)} ${label.toLowerCase()}`,
} as const;
