import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // 'server-only' throws outside React Server Components; tests run lib/ directly in Node.
      'server-only': fileURLToPath(new URL('./lib/testing/empty-module.ts', import.meta.url)),
      // next-intl's server functions need a Next.js request; tests get English translators instead.
      'next-intl/server': fileURLToPath(new URL('./lib/testing/next-intl-server.ts', import.meta.url)),
    },
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.data/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most integration tests wait (VOD latency, pacing, outages) rather than compute, so three files at a
    // time fit on two cores; Vitest's default there is one.
    maxWorkers: 3,
  },
});
