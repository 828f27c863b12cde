import { loadDatabaseConfig } from '@/lib/config';
import { openDatabase } from '@/lib/db';

/** `npm run db:migrate`: applies the committed migrations to the configured database and exits. */
async function main(): Promise<void> {
  const config = loadDatabaseConfig(process.env);
  const { close } = await openDatabase(config);
  await close();
  console.log(
    `Database is up to date (${config.kind === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'}).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
