import { spawn } from 'node:child_process';
import { buildForE2e } from '@/e2e/support/build';

/**
 * `npm test`: the typecheck and lint, then the unit and integration tests while the production build for
 * the e2e tests is made beside them (the tests mostly wait on the emulator and the database, so the build
 * costs little extra time), then the e2e tests on that build. Stops at the first step that fails.
 */

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${[command, ...args].join(' ')} failed (${signal ?? code})`)),
    );
  });
}

async function main(): Promise<void> {
  await run('npm', ['run', 'typecheck']);
  await run('npm', ['run', 'lint']);
  const build = buildForE2e({ quiet: true });
  // Both settle before the verdict, so a failing test run never leaves the build running.
  const [unit, built] = await Promise.allSettled([run('npm', ['run', 'test:unit']), build]);
  if (unit.status === 'rejected') throw unit.reason;
  if (built.status === 'rejected') throw built.reason;
  await run('npm', ['run', 'test:e2e'], { ...process.env, E2E_SKIP_BUILD: '1' });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
