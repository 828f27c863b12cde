import { chromiumExecutable } from './browser';
import { buildForE2e } from './build';

/** Builds the production app once per run, unless E2E_SKIP_BUILD=1 (`npm test` builds it beforehand). */
export default async function globalSetup(): Promise<void> {
  chromiumExecutable();
  if (process.env.E2E_SKIP_BUILD === '1') return;
  await buildForE2e();
}
