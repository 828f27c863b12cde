const count = (n: number) => n.toLocaleString('en');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** save texts (English). Keep every user-facing string of this area here. */
export const saveMessages = {
  nothingToSave: 'Nothing to save: no video has a change.',
  tooManyVideos: (max: number, actual: number) =>
    `A save can hold at most ${plural(max, 'video', 'videos')}; this one has ${count(actual)}. Save the changes in smaller parts (for example by filtering).`,
  invalidVideoId: 'Not a VOD video ID.',
  duplicateVideo: (videoId: string, firstIndex: number) =>
    `Video ${videoId} appears more than once (first as item ${count(firstIndex + 1)}).`,
  baseMismatch: 'The loaded values must list exactly the changed fields.',
  tagOpsWithTags: 'Tags are either replaced or added and removed, not both.',
  nulCharacter: (field: string) =>
    `Not saved: the new ${field.toLowerCase()} holds a NUL character (\\u0000), which cannot be stored. Remove it and save this video again.`,
  tooLargeBody: (limit: string) =>
    `The save is larger than the ${limit} a request may carry. Save the changes in smaller parts (for example by filtering).`,
  invalidBody: 'The save request could not be read: it is not well-formed JSON, or it is nested too deeply.',
  waitingForVod: 'Waiting for VOD, next try at',
  invalidItems: (fields: number) =>
    `Nothing was saved: ${plural(fields, 'value breaks', 'values break')} VOD's rules. Fix the highlighted cells and save again.`,
  progressLabel: 'Save progress',
  starting: 'Starting the save…',
  saving: (total: number) => `Saving ${plural(total, 'video', 'videos')}…`,
  progress: (done: number, total: number) => `${count(done)} of ${count(total)} videos done`,
  updatedCount: (n: number) => `${count(n)} updated`,
  problemCount: (n: number) => plural(n, 'problem', 'problems'),
  finished: (updated: number, total: number) =>
    `Save finished: ${count(updated)} of ${count(total)} updated.`,
  finishedWithProblems: (updated: number, total: number, problems: number) =>
    `Save finished: ${count(updated)} of ${count(total)} updated, ${plural(problems, 'problem', 'problems')}.`,
  interrupted: 'The save was interrupted; it continues when the server is back.',
  loadingResults: 'Loading the results…',
  retry: (n: number) => `Retry ${plural(n, 'failed video', 'failed videos')}`,
  dismiss: 'Dismiss',
  notSent: 'The save could not reach the server. Check the connection and save again.',
  nothingToRetry: 'Nothing to retry: no failed video of this save can be retried.',
  connectionLost: 'Lost contact with the server; still trying…',
  notFound: 'This save no longer exists.',
  unfinished: 'Wait until the save has finished.',
} as const;
