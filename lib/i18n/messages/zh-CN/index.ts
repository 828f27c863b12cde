import type { Catalog } from '../catalog';
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
  grid,
  save,
  spreadsheet,
  videos,
};
