const count = (n: number) => n.toLocaleString('en');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** overview texts (English). Keep every user-facing string of this area here. */
export const overviewMessages = {
  pageTitle: 'Overview',
  intro: 'What changed, by whom, what went wrong, and what is running now.',
  period: {
    legend: 'Period',
    today: 'Today',
    week: '7 days',
    month: '30 days',
    custom: 'Custom',
    from: 'From',
    to: 'To',
    apply: 'Show',
  },
  badPeriod: (maxDays: number) => `Choose a period of at most ${maxDays} days, its start before its end.`,
  loading: 'Loading…',
  failed: 'The overview could not be loaded. Try again in a moment.',
  retry: 'Try again',
  totals: {
    videosChanged: 'Videos changed',
    batches: 'Batches',
    problems: 'Videos with problems',
  },
  daily: {
    title: 'Videos changed and batches by day',
    day: 'Day',
    videosChanged: 'Videos changed',
    batches: 'Batches',
    summary: (days: number, videos: number, batches: number) =>
      `${plural(videos, 'video', 'videos')} changed in ${plural(batches, 'batch', 'batches')} over ${plural(days, 'day', 'days')}.`,
  },
  outcomes: {
    title: 'Outcomes by kind',
    outcome: 'Outcome',
    videos: 'Videos',
    summary: (total: number, problems: number) =>
      `${plural(total, 'video', 'videos')} sent; ${plural(problems, 'had a problem', 'had problems')}.`,
  },
  problems: {
    title: 'Top problem codes',
    code: 'Code',
    outcome: 'Outcome',
    videos: 'Videos',
    batches: 'Batches',
    batchLink: (n: number) => `Batch ${n}`,
    batchLinkLabel: (code: string, n: number) => `Batch ${n} with ${code}`,
    none: 'No problems in this period.',
  },
  editors: {
    title: 'Editors by videos changed',
    editor: 'Editor',
    videosChanged: 'Videos changed',
    batches: 'Batches',
    none: 'No batches in this period.',
  },
  active: {
    title: 'Running or waiting now',
    intro: 'Updates every few seconds.',
    batch: 'Batch',
    by: 'By',
    status: 'Status',
    progress: 'Progress',
    progressLabel: (done: number, total: number) => `${count(done)} of ${count(total)} videos done`,
    problems: (n: number) => (n > 0 ? plural(n, 'problem', 'problems') : ''),
    none: 'Nothing is running or waiting.',
    stale: 'Could not refresh; showing the last known state.',
  },
  repeated: {
    title: 'Videos that failed repeatedly',
    intro: 'Videos with a problem in more than one batch of this period.',
    video: 'Video',
    failures: 'Failures',
    batches: 'Batches',
    last: 'Latest',
    none: 'No video failed more than once in this period.',
  },
  count,
} as const;
