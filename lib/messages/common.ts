/** Texts shared by every page (English). */
export const commonMessages = {
  appName: 'VOD Bulk Editor',
  modeEmulator: 'Emulator — demo data, not your VOD account',
  modeProduction: 'Alibaba Cloud VOD',
  signOut: 'Sign out',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  navVideos: 'Videos',
  navBatches: 'Batches',
  navAudit: 'Audit',
  navUsers: 'Users',
  forbiddenTitle: 'You do not have access to this page',
  forbiddenBody: 'Your role does not allow this. Ask an admin if you need it.',
  notFoundTitle: 'Page not found',
  errorTitle: 'Something went wrong',
  errorBody:
    'The error was logged. Try again; if it keeps happening, tell an admin and quote this reference:',
  retry: 'Try again',
  loading: 'Loading…',
  close: 'Close',
  cancel: 'Cancel',
} as const;
