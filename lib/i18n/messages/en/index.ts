import { account } from './account';
import { audit } from './audit';
import { auth } from './auth';
import { batches } from './batches';
import { cli } from './cli';
import { common } from './common';
import { errors } from './errors';
import { fields } from './fields';
import { language } from './language';
import { overview } from './overview';
import { users } from './users';

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
} as const;
