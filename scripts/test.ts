import { spawn } from 'node:child_process';
import { buildForE2e } from '@/e2e/support/build';

/**
 * `npm test`: the lint, then two roads at once: Vitest (unit and integration tests, which mostly wait on
 * the emulator and the database), and the production build followed by the e2e tests on it. `next build`
 * type-checks the whole project (tsconfig's include: app, lib, tests, e2e, bench), so it is the typecheck.
 * Vitest's report is held back and printed whole when it ends, so it never interleaves with Playwright's.
 * Fails when either road fails; both run to the end first.
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
  const roads = await Promise.allSettled([
    run({ command: 'npm', args: ['run', 'test:unit'], held: true }),
    buildForE2e().then(() =>
      run({ command: 'npm', args: ['run', 'test:e2e'], env: { ...process.env, E2E_SKIP_BUILD: '1' } }),
    ),
  ]);
  const failed = roads.filter((road) => road.status === 'rejected');
  if (failed.length > 0) throw new Error(failed.map((road) => String(road.reason?.message)).join('; '));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
