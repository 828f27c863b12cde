import { account } from './account';
import { audit } from './audit';
import { auth } from './auth';
import { batches } from './batches';
import { cli } from './cli';
import { common } from './common';
import { errors } from './errors';
import { fields } from './fields';
import { grid } from './grid';
import { language } from './language';
import { overview } from './overview';
import { save } from './save';
import { spreadsheet } from './spreadsheet';
import { users } from './users';
import { videos } from './videos';

/** The English catalog, by area: the reference every other locale's catalog must match key for key. */
export const en = {
  common,
  language,
  fields,
  errors,
  auth,
  account,
  users,
  audit,
  overview,
  batches,
  cli,
  grid,
  save,
  spreadsheet,
  videos,
} as const;
