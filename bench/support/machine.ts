import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started: these machines are shared, so a busy one explains slow numbers. */
  loadAverage: number;
  /** The commit measured, with "+dirty" when the working tree has changes; null outside a git checkout. */
  commit: string | null;
}

/** What the numbers were measured on. */
export function describeMachine(root: string): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: currentLoad(),
    commit: readCommit(root),
  };
}

/** The 1-minute load average, rounded. */
export function currentLoad(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}

function readCommit(root: string): string | null {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short=12', 'HEAD');
    return git('status', '--porcelain').length > 0 ? `${head}+dirty` : head;
  } catch {
    return null;
  }
}

/** One line for the report header. */
export function formatMachine(machine: MachineInfo): string {
  return `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB RAM, Node ${machine.node}, ${machine.platform}, load ${machine.loadAverage}${machine.commit ? `, commit ${machine.commit}` : ''}`;
}
