import { spawn } from 'node:child_process';
import { E2E_ACCESS_KEY_ID, E2E_ACCESS_KEY_SECRET, E2E_AUTH_SECRET } from './e2e-secrets';

/**
 * Builds the production app the e2e tests run, with the test secrets in the environment (the bundle test
 * then proves none of them reaches the browser).
 */
export function buildForE2e(): Promise<void> {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
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
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error('next build failed; see the output above.')),
    );
  });
}
