import { spawn } from 'node:child_process';
import { buildForE2e } from '@/e2e/support/build';

/**
 * `npm test`: the lint; then Vitest (unit and integration tests, which mostly wait on the emulator and the
 * database) while the production build is made beside it, its report held back and printed whole when it
 * ends; then the e2e tests on that build, the cluster spec alone after the rest. `next build` type-checks
 * the whole project (tsconfig's include: app, lib, tests, e2e, bench), so it is the typecheck. The e2e
 * tests do not run beside Vitest: they keep both cores busy, and Vitest's integration tests then time out.
 * They run without Playwright's traces, which cost a third of their time: a failure prints its error and
 * screenshot, and the failing spec run on its own (`npx playwright test <spec>`) keeps its trace.
 */

interface Run {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Keep the output and print it whole at the end, instead of streaming it. */
  held?: boolean;
}

function run({ command, args, env = process.env, held = false }: Run): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (held) process.stdout.write(Buffer.concat(output));
      if (code === 0) resolve();
      else reject(new Error(`${[command, ...args].join(' ')} failed (${signal ?? code})`));
    });
  });
}

async function main(): Promise<void> {
  await run({ command: 'npm', args: ['run', 'lint'] });
  // Both settle before the verdict, so a failing test run never leaves the build running.
  const [unit, built] = await Promise.allSettled([
    run({ command: 'npm', args: ['run', 'test:unit'], held: true }),
    buildForE2e(),
  ]);
  if (unit.status === 'rejected') throw unit.reason;
  if (built.status === 'rejected') throw built.reason;
  // The cluster project runs alone after the others (see playwright.config.ts), and runs even when they
  // failed, so one report never hides the other.
  const failures: unknown[] = [];
  for (const project of ['app', 'cluster']) {
    try {
      await run({
        command: 'npm',
        args: ['run', 'test:e2e', '--', '--trace=off', `--project=${project}`],
        env: { ...process.env, E2E_SKIP_BUILD: '1' },
      });
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
