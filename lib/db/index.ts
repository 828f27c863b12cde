import 'server-only';

export {
  closeDb,
  type Database,
  type DatabaseConfig,
  getDb,
  type OpenDatabase,
  openDatabase,
} from './client';
export { DatabaseInUseError } from './pglite-lock';
