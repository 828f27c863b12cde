/** save texts (English): checking a save, its progress and its outcome. */
export const save = {
  nothingToSave: 'Nothing to save: no video has a change.',
  tooManyVideos:
    'A save can hold at most {max, plural, one {# video} other {# videos}}; this one has {actual, number}. Save the changes in smaller parts (for example by filtering).',
  invalidVideoId: 'Not a VOD video ID.',
  duplicateVideo: 'Video {videoId} appears more than once (first as item {first, number}).',
  baseMismatch: 'The loaded values must list exactly the changed fields.',
  tagOpsWithTags: 'Tags are either replaced or added and removed, not both.',
  nulCharacter:
    'Not saved: the new {field} holds a NUL character (\\u0000), which cannot be stored. Remove it and save this video again.',
  tooLargeBody:
    'The save is larger than the {limit} a request may carry. Save the changes in smaller parts (for example by filtering).',
  invalidBody: 'The save request could not be read: it is not well-formed JSON, or it is nested too deeply.',
  waitingForVod: 'Waiting for VOD, next try at',
  invalidItems:
    "Nothing was saved: {fields, plural, one {# value breaks} other {# values break}} VOD's rules. Fix the highlighted cells and save again.",
  progressLabel: 'Save progress',
  starting: 'Starting the save…',
  saving: 'Saving {total, plural, one {# video} other {# videos}}…',
  progress: '{done, number} of {total, number} videos done',
  updatedCount: '{n, number} updated',
  problemCount: '{n, plural, one {# problem} other {# problems}}',
  finished: 'Save finished: {updated, number} of {total, number} updated.',
  finishedWithProblems:
    'Save finished: {updated, number} of {total, number} updated, {problems, plural, one {# problem} other {# problems}}.',
  interrupted: 'The save was interrupted; it continues when the server is back.',
  loadingResults: 'Loading the results…',
  retry: 'Retry {n, plural, one {# failed video} other {# failed videos}}',
  dismiss: 'Dismiss',
  notSent: 'The save could not reach the server. Check the connection and save again.',
  nothingToRetry: 'Nothing to retry: no failed video of this save can be retried.',
  connectionLost: 'Lost contact with the server; still trying…',
} as const;
