import { en } from '@/lib/i18n/messages/en';
import { errorMessages } from './errors';
import { fieldMessages } from './fields';
import { gridMessages } from './grid';
import { saveMessages } from './save';
import { spreadsheetMessages } from './spreadsheet';
import { videosMessages } from './videos';

/**
 * The English texts of the areas still outside the catalog (the grid, save, videos and spreadsheet; phase 2
 * of issue #18 moves them into lib/i18n/messages, see docs/architecture.md). Every other area reads its
 * texts in the viewer's language through next-intl.
 */
export const messages = {
  common: en.common,
  errors: errorMessages,
  fields: fieldMessages,
  grid: gridMessages,
  save: saveMessages,
  videos: videosMessages,
  spreadsheet: spreadsheetMessages,
} as const;
