import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { EmulatorControl } from '../control-client';
import { type RunningEmulator, startEmulator } from '../server';
import { openApiCaller } from './support';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vod-emulator-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(
  dir: string,
  seed = 1,
): Promise<{ emulator: RunningEmulator; control: EmulatorControl }> {
  const emulator = await startEmulator({ port: 0, videos: 100, seed, dataDir: dir, quiet: true });
  return { emulator, control: new EmulatorControl(emulator.url) };
}

async function editableIds(control: EmulatorControl, count: number): Promise<string[]> {
  const { videoIds } = await control.listVideoIds(0, 100);
  const { resourceGroupVideoIds } = await control.forbidden();
  return videoIds.filter((id) => !resourceGroupVideoIds.includes(id)).slice(0, count);
}

describe('[EMULATOR][PERSISTENCE]', () => {
  it('keeps edits, deletions and forbidden IDs across a restart', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const [a, b, c] = await editableIds(first.control, 3);
    await openApiCaller(first.emulator, 'v3')('UpdateVideoInfos', {
      UpdateContent: JSON.stringify([{ VideoId: a, Title: 'Survives 重启', ReferenceId: 'persist-ref' }]),
    });
    await first.control.deleteVideo(b!);
    await first.control.setForbidden([c!]);
    await first.control.putVideo('brand-new-video', { Title: 'Created by someone else' });
    const edited = await first.control.getVideo(a!);
    await first.emulator.close();

    const second = await start(dir);
    try {
      expect(await second.control.getVideo(a!)).toEqual(edited);
      expect(await second.control.getVideo(b!)).toBeNull();
      expect((await second.control.forbidden()).videoIds).toEqual([c]);
      expect((await second.control.getVideo('brand-new-video'))?.Title).toBe('Created by someone else');
      const byRef = await openApiCaller(second.emulator, 'v1')('GetVideoInfo', {
        ReferenceId: 'persist-ref',
      });
      expect(byRef.Video.VideoId).toBe(a);
    } finally {
      await second.emulator.close();
    }
  });

  it('loads a journal whose last line was torn, and keeps appending cleanly', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const [a, b] = await editableIds(first.control, 2);
    await first.control.putVideo(a!, { Title: 'Before the tear' });
    await first.emulator.close();
    const journal = readdirSync(dir).find((name) => name.startsWith('journal-'))!;
    appendFileSync(path.join(dir, journal), '{"op":"put","videos":[{"VideoId":"torn","Title":"hal');

    const second = await start(dir);
    expect((await second.control.getVideo(a!))?.Title).toBe('Before the tear');
    expect(await second.control.getVideo('torn')).toBeNull();
    await second.control.putVideo(b!, { Title: 'After the tear' });
    await second.emulator.close();

    const third = await start(dir);
    try {
      expect((await third.control.getVideo(a!))?.Title).toBe('Before the tear');
      expect((await third.control.getVideo(b!))?.Title).toBe('After the tear');
    } finally {
      await third.emulator.close();
    }
  });

  it('compacts the journal into a snapshot and restores from it', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const ids = await editableIds(first.control, 50);
    for (let round = 0; round < 42; round++) {
      await Promise.all(ids.map((id) => first.control.putVideo(id, { Title: `round ${round}` })));
    }
    await first.emulator.close();
    expect(readdirSync(dir)).not.toContain('journal-0.ndjson');

    const second = await start(dir);
    try {
      for (const id of ids) expect((await second.control.getVideo(id))?.Title).toBe('round 41');
    } finally {
      await second.emulator.close();
    }
  });

  it('keeps a reset (new seed) across a restart and drops the old edits', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const [a] = await editableIds(first.control, 1);
    await first.control.putVideo(a!, { Title: 'Old world' });
    await first.control.reset({ seed: 99, videos: 40 });
    await first.emulator.close();

    const second = await start(dir);
    try {
      expect(await second.control.health()).toMatchObject({ seed: 99, videos: 40 });
      expect(await second.control.getVideo(a!)).toBeNull();
    } finally {
      await second.emulator.close();
    }
  });

  it('loses no acknowledged edit when killed with SIGKILL mid-stream', async () => {
    const dir = dataDir();
    const child = spawnEmulator(dir);
    const url = await listeningUrl(child);
    const endpoint = url.replace('http://', '');
    const target = {
      url,
      endpoint,
      port: Number(url.split(':').pop()),
      accessKeyId: 'kill-key',
      accessKeySecret: 'kill-secret',
    };
    const call = openApiCaller({ ...target, close: async () => undefined }, 'v3');
    const control = new EmulatorControl(url);
    await control.setFaults({ throttleQps: 1_000_000 });
    const ids = await editableIds(control, 10);

    const acknowledged = new Map<string, number>();
    let stop = false;
    const writers = ids.map(async (id) => {
      for (let n = 0; !stop; n++) {
        try {
          await call('UpdateVideoInfos', {
            UpdateContent: JSON.stringify([{ VideoId: id, Title: `kill ${n}` }]),
          });
          acknowledged.set(id, n);
        } catch {
          return;
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.size).toBeGreaterThan(0);

    const restarted = await startEmulator({ port: 0, videos: 100, seed: 1, dataDir: dir, quiet: true });
    try {
      const restartedControl = new EmulatorControl(restarted.url);
      for (const [id, n] of acknowledged) {
        const title = (await restartedControl.getVideo(id))!.Title;
        expect(Number(title.replace('kill ', ''))).toBeGreaterThanOrEqual(n);
      }
    } finally {
      await restarted.close();
    }
  });
});

function spawnEmulator(dir: string): ChildProcess {
  const args = [
    '--import',
    'tsx',
    'emulator/main.ts',
    '--port',
    '0',
    '--videos',
    '100',
    '--seed',
    '1',
    '--data',
    dir,
  ];
  return spawn(
    process.execPath,
    [...args, '--access-key-id', 'kill-key', '--access-key-secret', 'kill-secret'],
    {
      cwd: path.resolve(__dirname, '../..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^VOD emulator listening on (http:\/\/\S+)$/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the emulator exited with code ${code}`)));
  });
}
