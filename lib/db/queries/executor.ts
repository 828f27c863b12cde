import 'server-only';
import { type Database, getDb } from '../client';

/** The database a query runs on: the caller's (a transaction, a test database) or the process-wide one. */
export async function resolveDb(db: Database | undefined): Promise<Database> {
  return db ?? (await getDb());
}
