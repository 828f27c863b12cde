import { spawn } from 'node:child_process';
import { E2E_ACCESS_KEY_ID, E2E_ACCESS_KEY_SECRET, E2E_AUTH_SECRET } from './e2e-secrets';

/**
 * Builds the production app the e2e tests run, with the test secrets in the environment (the bundle test
 * then proves none of them reaches the browser). `quiet` keeps the build's output and prints it only if
 * the build fails, for a build that runs beside other output.
 */
export function buildForE2e(options: { quiet?: boolean } = {}): Promise<void> {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      AUTH_SECRET: E2E_AUTH_SECRET,
      ALIBABA_CLOUD_ACCESS_KEY_ID: E2E_ACCESS_KEY_ID,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: E2E_ACCESS_KEY_SECRET,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      if (options.quiet) process.stderr.write(output);
      reject(new Error('next build failed; see the output above.'));
    });
  });
}
