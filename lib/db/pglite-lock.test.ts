import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '@/test/support/db';
import { acquireDataDirLock, DatabaseInUseError, lockFilePath } from './pglite-lock';

const temps: Array<{ remove(): void }> = [];
afterEach(() => {
  for (const temp of temps.splice(0)) temp.remove();
});

function tempDataDir(): string {
  const temp = makeTempDir('vod-lock-');
  temps.push(temp);
  return path.join(temp.dir, 'pglite');
}

describe('[STORE][pglite lock]', () => {
  it('admits one holder at a time and frees the directory on release', () => {
    const dataDir = tempDataDir();
    const lock = acquireDataDirLock(dataDir);
    expect(JSON.parse(fs.readFileSync(lockFilePath(dataDir), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(() => acquireDataDirLock(dataDir)).toThrow(DatabaseInUseError);
    lock.release();
    expect(fs.existsSync(lockFilePath(dataDir))).toBe(false);
    acquireDataDirLock(dataDir).release();
  });

  it('takes over a lock left by a process that has died', async () => {
    const dataDir = tempDataDir();
    const child = spawn(process.execPath, ['-e', '']);
    const deadPid = child.pid;
    await new Promise((resolve) => child.on('exit', resolve));
    fs.writeFileSync(
      lockFilePath(dataDir),
      JSON.stringify({ pid: deadPid, startedAt: 'earlier', processStart: null, command: 'old' }),
    );
    acquireDataDirLock(dataDir).release();
  });

  it('names a live holder in a one-line message', async () => {
    const dataDir = tempDataDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      fs.writeFileSync(
        lockFilePath(dataDir),
        JSON.stringify({
          pid: child.pid,
          startedAt: '2030-01-01T00:00:00.000Z',
          processStart: null,
          command: 'next dev',
        }),
      );
      let error: unknown;
      try {
        acquireDataDirLock(dataDir);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DatabaseInUseError);
      const message = (error as Error).message;
      expect(message).toBe(
        `The embedded database at ${path.resolve(dataDir)} is in use by process ${child.pid} (started 2030-01-01T00:00:00.000Z: next dev). Stop it, or set DATABASE_URL to use PostgreSQL.`,
      );
      expect(message).not.toContain('\n');
    } finally {
      child.kill();
    }
  });

  it('does not mistake a recycled pid for the holder', async () => {
    const dataDir = tempDataDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      // The pid is alive, but its kernel start time is not the one recorded: another process now owns it.
      fs.writeFileSync(
        lockFilePath(dataDir),
        JSON.stringify({ pid: child.pid, startedAt: 'earlier', processStart: '1', command: 'old' }),
      );
      const canTell = fs.existsSync(`/proc/${child.pid}/stat`);
      if (canTell) acquireDataDirLock(dataDir).release();
      else expect(() => acquireDataDirLock(dataDir)).toThrow(DatabaseInUseError);
    } finally {
      child.kill();
    }
  });
});
