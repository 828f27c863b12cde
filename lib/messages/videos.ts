/** Texts of the videos page around the grid: filter bar and loading (English). */
export const videosMessages = {
  pageTitle: 'Videos',
  filterLabel: 'Filter videos',
  search: 'Search title, tags, description',
  category: 'Category',
  anyCategory: 'Any category',
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
  vodUnavailable: 'VOD could not be reached. Check the connection and try again.',
} as const;
