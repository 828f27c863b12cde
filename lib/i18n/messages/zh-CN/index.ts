import type { Catalog } from '../catalog';
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

/** The Simplified Chinese catalog (docs/glossary.md holds the words it uses). */
export const zhCN: Catalog = {
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
};
