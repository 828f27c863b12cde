import type { BenchGroup, GroupName } from '../support/types';

/**
 * Each group is imported only when it runs, so a group whose parts are broken cannot stop the others, and
 * `npm run bench -- vod` never loads Playwright.
 */
export const GROUPS: Record<GroupName, () => Promise<BenchGroup>> = {
  emulator: async () => (await import('./emulator')).emulatorGroup,
  vod: async () => (await import('./vod')).vodGroup,
  save: async () => (await import('./save')).saveGroup,
  store: async () => (await import('./store')).storeGroup,
  overview: async () => (await import('./overview')).overviewGroup,
  grid: async () => (await import('./grid')).gridGroup,
  review: async () => (await import('./review')).reviewGroup,
  spreadsheet: async () => (await import('./spreadsheet')).spreadsheetGroup,
  bundle: async () => (await import('./bundle')).bundleGroup,
  cluster: async () => (await import('./cluster')).clusterGroup,
};
