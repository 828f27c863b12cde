import { GROUP_NAMES, type GroupName } from './types';

export interface BenchArgs {
  /** The groups to run, in suite order; every group when none is named. */
  groups: GroupName[];
  quick: boolean;
  /** Also save the run as bench/results/reference.json and print the README table. */
  reference: boolean;
  help: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: npm run bench [-- [group ...] [--quick] [--reference]]

  group        one or more of: ${GROUP_NAMES.join(', ')} (default: all, in that order)
  --quick      each benchmark at its smallest size with 2 runs: proves the suite still runs
  --reference  also save the run as bench/results/reference.json and print it as Markdown
  --help       this text`;

const isGroupName = (value: string): value is GroupName => (GROUP_NAMES as readonly string[]).includes(value);

/** Parses the command line after `npm run bench --`. */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const named = new Set<GroupName>();
  const args: BenchArgs = { groups: [], quick: false, reference: false, help: false };
  for (const arg of argv) {
    if (arg === '--quick') args.quick = true;
    else if (arg === '--reference') args.reference = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (isGroupName(arg)) named.add(arg);
    else throw new UsageError(`Unknown argument: ${arg}`);
  }
  if (args.quick && args.reference) throw new UsageError('--reference needs a full run; drop --quick');
  args.groups = GROUP_NAMES.filter((name) => named.size === 0 || named.has(name));
  return args;
}
