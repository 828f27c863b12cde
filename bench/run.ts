import path from 'node:path';
import { GROUPS } from './groups';
import { parseArgs, USAGE, UsageError } from './support/args';
import { currentLoad, describeMachine } from './support/machine';
import { type BenchReport, type GroupProblem, renderMarkdown, renderReport } from './support/report';
import { writeResults } from './support/results';
import { type BenchContext, type BenchRow, BenchSkip, PartialResults } from './support/types';

/**
 * `npm run bench [-- group ... --quick --reference]`: runs the benchmark groups one after another, prints one
 * table and writes the run to bench/results/. Missed targets are reported, not failures; the exit code is
 * non-zero only when a group crashed or the arguments are wrong.
 */

// lib/db and lib/vod start with `import 'server-only'`, which resolves to an empty module only under the
// react-server condition, as inside Next.js; the npm script passes it.
const SERVER_CONDITION = '--conditions=react-server';

const root = path.resolve(__dirname, '..');

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }

  const startedAt = new Date().toISOString();
  const suiteStarted = performance.now();
  const machine = describeMachine(root);
  const context: BenchContext = {
    quick: args.quick,
    plan: args.quick ? { warmup: 1, runs: 2 } : { warmup: 1, runs: 5 },
    root,
    progress: (message) =>
      process.stderr.write(`[bench ${((performance.now() - suiteStarted) / 1000).toFixed(1)}s] ${message}\n`),
  };
  const rows: BenchRow[] = [];
  const skipped: GroupProblem[] = [];
  const failed: GroupProblem[] = [];

  for (const name of args.groups) {
    const started = performance.now();
    try {
      const group = await GROUPS[name]();
      context.progress(`${name}: ${group.title}`);
      rows.push(...(await group.run(context)));
      context.progress(`${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      if (error instanceof BenchSkip) {
        skipped.push({ group: name, reason: error.message });
        context.progress(`${name}: skipped (${error.message})`);
      } else {
        if (error instanceof PartialResults) rows.push(...error.rows);
        const cause = error instanceof PartialResults ? error.cause : error;
        const reason = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
        failed.push({ group: name, reason: reason.split('\n')[0]! });
        context.progress(`${name}: FAILED\n${reason}`);
      }
    }
  }

  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(
      ' ',
    ),
    quick: args.quick,
    machine,
    loadAverageAtEnd: currentLoad(),
    rows,
    skipped,
    failed,
  };
  console.log(renderReport(report));
  const files = writeResults(root, report, args.reference);
  console.log(`\nResults: ${files.map((file) => path.relative(root, file)).join(', ')}`);
  if (args.reference) console.log(`\n${renderMarkdown(rows)}`);
  return failed.length > 0 ? 1 : 0;
}

if (!process.execArgv.includes(SERVER_CONDITION)) {
  console.error(`Run the benchmarks with \`npm run bench\` (or \`tsx ${SERVER_CONDITION} bench/run.ts\`).`);
  process.exit(2);
}

main().then(
  // Explicit exit: keep-alive sockets and similar handles must not keep a finished run alive.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
