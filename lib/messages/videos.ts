/** Texts of the videos page around the grid: filter bar and loading (English). */
export const videosMessages = {
  pageTitle: 'Videos',
  filterLabel: 'Filter videos',
  search: 'Search title, tags, description',
  category: 'Category',
  anyCategory: 'Any category',
  categoryOnly: 'Not its sub-categories',
  status: 'Status',
  anyStatus: 'Any status',
  createdFrom: 'Created from',
  createdTo: 'Created to',
  videoIds: 'Video IDs',
  videoIdsHint: 'Paste IDs separated by commas, spaces or new lines',
  videoIdsPlaceholder: 'Paste IDs…',
  apply: 'Apply filters',
  clear: 'Clear',
  oldestFirst: 'Oldest first',
  loadedOf: (loaded: number, total: number) =>
    `Loaded ${loaded.toLocaleString()} of ${total.toLocaleString()} videos`,
  allLoaded: (total: number) => `${total.toLocaleString()} videos`,
  loadStopped: 'Loading stopped; the rows already loaded can still be edited. Reload the page to try again.',
  noMatches: 'No videos match these filters.',
  savingIdList: 'Saving the ID list…',
  idListFailed: 'The ID list could not be saved. Try again; if it keeps failing, paste fewer IDs.',
  idList: {
    regionLabel: 'Video ID list report',
    notFound: (count: number) => `${count.toLocaleString()} ${count === 1 ? 'ID' : 'IDs'} not found`,
    notFoundOrFiltered: (count: number) =>
      `${count.toLocaleString()} ${count === 1 ? 'ID' : 'IDs'} not found or not matching the other filters`,
    malformed: (count: number) =>
      `${count.toLocaleString()} ${count === 1 ? 'entry is not a video ID' : 'entries are not video IDs'}`,
    duplicates: (count: number) =>
      `${count.toLocaleString()} ${count === 1 ? 'ID was' : 'IDs were'} pasted more than once (used once)`,
    overLimit: (count: number, max: number) =>
      `${count.toLocaleString()} more IDs were left out: a list holds at most ${max.toLocaleString()}.`,
    more: (count: number) => ` and ${count.toLocaleString()} more`,
    copy: (label: string) => `Copy (${label})`,
    copied: 'Copied',
    unknownList:
      'This ID list is not available (it belongs to another account or was removed). Paste the IDs again.',
  },
  vodUnavailable: 'VOD could not be reached. Check the connection and try again.',
} as const;
