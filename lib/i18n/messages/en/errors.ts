/** errors texts (English): every error code a user can meet, as a sentence with the next step. */
export const errors = {
  details: 'Details',
  code: 'Error code',
  requestId: 'Request ID',
  technical: 'Technical message',
  connection: {
    sentence: 'The app could not reach VOD.',
    nextStep: 'Check the network or VOD’s status page, then retry the failed videos.',
  },
  timeout: {
    sentence: 'VOD did not answer in time.',
    nextStep: 'Retry the failed videos; if it keeps happening, save fewer videos at once.',
  },
  invalidResponse: {
    sentence: 'VOD sent an answer the app could not read, usually a gateway’s error page.',
    nextStep: 'Retry in a few minutes.',
  },
  credentials: {
    sentence: 'VOD refused the app’s access key: it is missing, wrong or expired.',
    nextStep: 'Ask an admin to check the VOD credentials of this app.',
  },
  aborted: {
    sentence: 'The call to VOD was cancelled before it was sent.',
    nextStep: 'Retry the failed videos.',
  },
  invalidArgument: {
    sentence: 'A filter value could not be sent to VOD.',
    nextStep: 'Change the filter and try again.',
  },
  throttled: {
    sentence: 'VOD was busy with too many calls from this account.',
    nextStep: 'Retry in a minute.',
  },
  unavailable: {
    sentence: 'VOD had a temporary problem.',
    nextStep: 'Retry in a few minutes.',
  },
  forbidden: {
    sentence: 'The VOD account has no permission to change this video.',
    nextStep: 'Ask an admin to grant this app access to the video, then retry.',
  },
  notFound: {
    sentence: 'This video no longer exists in VOD.',
    nextStep: 'Nothing to do: there is no video left to change.',
  },
  referenceNotFound: {
    sentence: 'VOD does not know the Reference ID used to find this video.',
    nextStep: 'Check the Reference ID in the grid and save again.',
  },
  invalidCharacter: {
    sentence: 'The new value holds a character VOD cannot store.',
    nextStep: 'Remove the character and save this video again.',
  },
  refused: {
    sentence: 'VOD refused the new values.',
    nextStep: 'Check the values against VOD’s limits (length, tags, Reference ID, cover URL) and save again.',
  },
  unknown: {
    sentence: 'Something went wrong while talking to VOD.',
    nextStep: 'Retry; if it keeps happening, tell an admin and quote the details below.',
  },
} as const;
