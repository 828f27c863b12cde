import { accountMessages } from './account';
import { auditMessages } from './audit';
import { authMessages } from './auth';
import { batchesMessages } from './batches';
import { commonMessages } from './common';
import { errorMessages } from './errors';
import { fieldMessages } from './fields';
import { gridMessages } from './grid';
import { overviewMessages } from './overview';
import { saveMessages } from './save';
import { spreadsheetMessages } from './spreadsheet';
import { usersMessages } from './users';
import { videosMessages } from './videos';

/**
 * Every user-facing text, by area. English only for now; a Simplified Chinese table with the same shape
 * will sit beside it, chosen per viewer.
 */
export const messages = {
  common: commonMessages,
  errors: errorMessages,
  fields: fieldMessages,
  account: accountMessages,
  auth: authMessages,
  grid: gridMessages,
  save: saveMessages,
  batches: batchesMessages,
  users: usersMessages,
  audit: auditMessages,
  overview: overviewMessages,
  videos: videosMessages,
  spreadsheet: spreadsheetMessages,
} as const;
