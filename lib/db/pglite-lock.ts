import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite is Postgres compiled into this process: two processes opening the same data directory would
 * corrupt it. A lock file beside the directory names the process that holds it; a lock left by a process
 * that has since died is taken over.
 */

interface LockHolder {
  pid: number;
  /** ISO time the holder started, for the message. */
  startedAt: string;
  /** Kernel start time of the pid (Linux), so a recycled pid is not mistaken for the holder. */
  processStart: string | null;
  command: string;
}

export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database at ${dataDir} is in use by process ${holder.pid} (started ${holder.startedAt}: ${holder.command}). Stop it, or set DATABASE_URL to use PostgreSQL.`,
    );
    this.name = 'DatabaseInUseError';
  }
}

export interface DataDirLock {
  release(): void;
}

const heldByThisProcess = new Set<string>();

/** The lock file guarding a PGlite data directory. */
export function lockFilePath(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

/** Takes the data directory for this process, or throws DatabaseInUseError naming the live holder. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const lockPath = lockFilePath(dataDir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const me: LockHolder = {
    pid: process.pid,
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    processStart: readProcessStart(process.pid),
    command: describeCommand(),
  };
  // Written whole to a private file first, then linked into place: link fails atomically when the lock
  // exists, and a reader never sees a half-written holder.
  const draft = `${lockPath}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(draft, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        fs.linkSync(draft, lockPath);
        heldByThisProcess.add(lockPath);
        return { release: () => releaseLock(lockPath) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const existing = readLock(lockPath);
      if (existing && isHolderAlive(existing.holder, lockPath)) {
        throw new DatabaseInUseError(path.resolve(dataDir), existing.holder);
      }
      removeStaleLock(lockPath, existing?.inode);
    }
    throw new Error(`Could not take the lock ${lockPath}: it keeps changing hands`);
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

function releaseLock(lockPath: string): void {
  if (!heldByThisProcess.delete(lockPath)) return;
  const existing = readLock(lockPath);
  if (existing?.holder.pid === process.pid) fs.rmSync(lockPath, { force: true });
}

process.once('exit', () => {
  for (const lockPath of [...heldByThisProcess]) releaseLock(lockPath);
});

function readLock(lockPath: string): { holder: LockHolder; inode: number } | undefined {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const inode = fs.fstatSync(fd).ino;
    const parsed = JSON.parse(fs.readFileSync(fd, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number') return undefined;
    return {
      inode,
      holder: {
        pid: parsed.pid,
        startedAt: String(parsed.startedAt ?? 'unknown'),
        processStart: typeof parsed.processStart === 'string' ? parsed.processStart : null,
        command: String(parsed.command ?? 'unknown'),
      },
    };
  } catch {
    // Unreadable content was not written by acquireDataDirLock (which links complete files): treat as stale.
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

function removeStaleLock(lockPath: string, inode: number | undefined): void {
  try {
    // Only remove the file judged stale, not one another process linked in meanwhile.
    if (inode === undefined || fs.statSync(lockPath).ino === inode) fs.rmSync(lockPath, { force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function isHolderAlive(holder: LockHolder, lockPath: string): boolean {
  if (holder.pid === process.pid) return heldByThisProcess.has(lockPath);
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const current = readProcessStart(holder.pid);
  return holder.processStart === null || current === null || current === holder.processStart;
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); null where /proc is absent. */
function readProcessStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses; fields after its closing ')' are plain.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function describeCommand(): string {
  const command = process.argv
    .slice(1)
    .map((arg) => path.basename(arg))
    .join(' ');
  return `${command.slice(0, 120)} on ${os.hostname()}`;
}
