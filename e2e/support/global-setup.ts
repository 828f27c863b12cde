import { spawnSync } from 'node:child_process';
import { chromiumExecutable } from './browser';
import { E2E_ACCESS_KEY_ID, E2E_ACCESS_KEY_SECRET, E2E_AUTH_SECRET } from './e2e-secrets';

/** Builds the production app once per run (unless E2E_SKIP_BUILD=1), with the test secrets in the environment. */
export default function globalSetup(): void {
  chromiumExecutable();
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      AUTH_SECRET: E2E_AUTH_SECRET,
      ALIBABA_CLOUD_ACCESS_KEY_ID: E2E_ACCESS_KEY_ID,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: E2E_ACCESS_KEY_SECRET,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) throw new Error('next build failed; see the output above.');
}
