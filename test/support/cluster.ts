import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type AppProcess, appProcess, freePort } from '@/e2e/support/app-server';
import { E2E_ACCESS_KEY_ID, E2E_ACCESS_KEY_SECRET } from '@/e2e/support/e2e-secrets';
import { EmulatorControl, type RecordedRequest } from '@/emulator/control-client';
import { type RunningEmulator, startEmulator } from '@/emulator/server';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/auth/demo-credentials';
import { busiestWindow } from './busiest-window';
import { createScratchPostgres } from './scratch-postgres';

/**
 * Several production app servers (scripts/server.ts over the `.next` build) on one PostgreSQL database and
 * one emulator, as a team runs them behind a load balancer: for the cluster end-to-end spec and the
 * `cluster` benchmark. Everything is driven over plain HTTP.
 */

const SAVE_ACTION = { file: 'app/(app)/videos/actions.ts', name: 'saveVideosAction' };

/** One of the cluster's app servers. */
export type ClusterServer = AppProcess;

export interface Cluster {
  emulator: RunningEmulator;
  control: EmulatorControl;
  servers: ClusterServer[];
  close(): Promise<void>;
}

/**
 * Starts an emulator with `videos` videos, a fresh database on the PostgreSQL server of `postgresUrl`, and
 * `servers` app servers on it, one after the other (the first one migrates).
 */
export async function startCluster(options: {
  postgresUrl: string;
  servers: number;
  videos: number;
  env?: Record<string, string>;
}): Promise<Cluster> {
  const emulator = await startEmulator({
    port: 0,
    videos: options.videos,
    seed: 3,
    accessKeyId: E2E_ACCESS_KEY_ID,
    accessKeySecret: E2E_ACCESS_KEY_SECRET,
    quiet: true,
  });
  const database = await createScratchPostgres(options.postgresUrl, 'vod_cluster');
  const servers: ClusterServer[] = [];
  try {
    for (let i = 0; i < options.servers; i++) {
      const server = appProcess({
        port: await freePort(),
        emulator,
        databaseUrl: database.url,
        env: options.env,
        readyPath: '/api/health/ready',
      });
      servers.push(server);
      await server.start();
    }
  } catch (error) {
    await Promise.all(servers.map((server) => server.dispose()));
    await emulator.close();
    await database.drop();
    throw error;
  }
  return {
    emulator,
    control: new EmulatorControl(emulator.url),
    servers,
    async close() {
      await Promise.all(servers.map((server) => server.dispose()));
      await emulator.close();
      await database.drop();
    },
  };
}

/** A signed-in editor talking to the cluster over HTTP; its session cookie works on every server. */
export class EditorSession {
  private constructor(private readonly cookie: string) {}

  /** Signs the demo editor in on one server, through next-auth's own two requests. */
  static async signIn(serverUrl: string): Promise<EditorSession> {
    const editor = DEMO_ACCOUNTS.find((account) => account.role === 'editor');
    if (!editor) throw new Error('no demo editor account');
    const csrf = await fetch(`${serverUrl}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = cookiesOf(csrf);
    const response = await fetch(`${serverUrl}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
      body: new URLSearchParams({
        email: editor.email,
        password: DEMO_PASSWORD,
        csrfToken,
        json: 'true',
        callbackUrl: '/videos',
      }),
    });
    const session = cookiesOf(response);
    if (!session.includes('session-token')) throw new Error(`sign-in failed (${response.status})`);
    return new EditorSession(session);
  }

  /** Saves new titles through the grid's server action on one server; answers the batch id. */
  async saveTitles(
    serverUrl: string,
    videos: ReadonlyArray<{ id: string; title: string }>,
    newTitle: (video: { id: string; title: string }) => string,
  ): Promise<string> {
    const items = videos.map((video) => ({
      videoId: video.id,
      title: video.title,
      base: { title: video.title },
      changes: { title: newTitle(video) },
    }));
    const response = await fetch(`${serverUrl}/videos`, {
      method: 'POST',
      headers: {
        cookie: this.cookie,
        'next-action': serverActionId(SAVE_ACTION.file, SAVE_ACTION.name),
        'content-type': 'text/plain;charset=UTF-8',
        accept: 'text/x-component',
      },
      body: JSON.stringify([{ items }]),
    });
    const text = await response.text();
    const batchId = /"batchId":"([0-9a-f-]{36})"/.exec(text)?.[1];
    if (!batchId) throw new Error(`the save was refused (${response.status}): ${text.slice(0, 300)}`);
    return batchId;
  }

  /** A batch's progress as one server reports it. */
  async progress(serverUrl: string, batchId: string): Promise<BatchProgressJson> {
    const response = await fetch(`${serverUrl}/api/batches/${batchId}/progress`, {
      headers: { cookie: this.cookie },
    });
    if (!response.ok) throw new Error(`progress answered ${response.status}`);
    return (await response.json()) as BatchProgressJson;
  }
}

export interface BatchProgressJson {
  status: string;
  isFinished: boolean;
  total: number;
  done: number;
  counts: Record<string, number>;
}

/** `count` videos the account may edit, from `offset` in the library, with their titles as VOD holds them. */
export async function editableVideos(
  control: EmulatorControl,
  count: number,
  offset = 0,
): Promise<Array<{ id: string; title: string }>> {
  const locked = new Set((await control.forbidden()).resourceGroupVideoIds);
  const ids: string[] = [];
  for (let at = offset; ids.length < count; at += 1_000) {
    const page = await control.listVideoIds(at, 1_000);
    ids.push(...page.videoIds.filter((id) => !locked.has(id)));
    if (page.videoIds.length < 1_000) break;
  }
  return titlesOf(control, ids.slice(0, count));
}

/** What VOD holds as each video's title, read through the control API, twenty at a time. */
export async function titlesOf(
  control: EmulatorControl,
  ids: readonly string[],
): Promise<Array<{ id: string; title: string }>> {
  const titles: Array<{ id: string; title: string }> = [];
  for (let at = 0; at < ids.length; at += 20) {
    const slice = ids.slice(at, at + 20);
    const videos = await Promise.all(slice.map((id) => control.getVideo(id)));
    slice.forEach((id, i) => {
      titles.push({ id, title: videos[i]?.Title ?? '' });
    });
  }
  return titles;
}

/** The most calls any one-second window [t, t + 1000 ms) of the log holds. */
export function maxCallsInOneSecond(requests: readonly RecordedRequest[]): number {
  return busiestWindow(
    requests.map((request) => Date.parse(request.time)),
    1000,
  );
}

/**
 * The UpdateVideoInfos calls VOD accepted, each with the time it arrived and its videos. A refused call
 * (throttled, failed) changed nothing, so sending its videos again is not a second send.
 */
export function acceptedUpdateCalls(
  requests: readonly RecordedRequest[],
): Array<{ at: number; videoIds: string[] }> {
  return requests
    .filter((request) => request.action === 'UpdateVideoInfos' && request.errorCode === null)
    .map((request) => ({
      at: Date.parse(request.time),
      videoIds: (JSON.parse(request.parameters.UpdateContent ?? '[]') as Array<{ VideoId: string }>).map(
        (item) => item.VideoId,
      ),
    }));
}

function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${filename} in the build`);
  return found[0];
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}
