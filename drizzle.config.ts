import { defineConfig } from 'drizzle-kit';

/** drizzle-kit only generates migrations here (`npm run db:generate`); the app applies them itself. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema.ts',
  out: './drizzle',
});
