import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { EmulatorControl } from '@/emulator/control-client';
import { type RunningEmulator, startEmulator } from '@/emulator/server';
import {
  type BatchActor,
  type BatchService,
  type BatchServiceDeps,
  createBatchService,
  type ItemOutcome,
  type SaveRequest,
  saveRequestSchema,
} from '@/lib/batches';
import { type Database, type OpenDatabase, openDatabase } from '@/lib/db';
import { insertUser } from '@/lib/db/queries/users';
import { batchItems } from '@/lib/db/schema';
import { translatorFor } from '@/lib/i18n/translator';
import type { Logger } from '@/lib/log';
import { createVodClient, type Video, type VodClient, type VodClientOptions } from '@/lib/vod';
import type { TestDatabaseTarget } from '@/test/support/db';
import { until } from '@/test/support/until';

/**
 * Integration-test support for the save pipeline: a real emulator over HTTP, a real PGlite database in a
 * temporary directory, the real VOD client, and batch services built over them.
 */

export interface PipelineHarness {
  /** The emulator now serving (a new one after restartEmulator, on the same port and data). */
  emulator: RunningEmulator;
  control: EmulatorControl;
  db: Database;
  vod: VodClient;
  editor: BatchActor;
  otherEditor: BatchActor;
  admin: BatchActor;
  /** A VOD client with other options against the same emulator (its pacer is still the shared one). */
  vodWith(options: Partial<VodClientOptions>): VodClient;
  /** A batch service like the app's, stopped when the harness closes. */
  service(deps?: Partial<BatchServiceDeps>): BatchService;
  /** `count` videos the account may edit, from `offset` in the library, as VOD returns them now. */
  videos(count: number, offset?: number): Promise<Video[]>;
  /** These videos as VOD holds them now, by id. */
  inVod(ids: readonly string[]): Promise<Map<string, Video>>;
  /** Kills the emulator at once (connections in flight are cut); VOD is unreachable until restartEmulator. */
  killEmulator(): Promise<void>;
  /** Starts the emulator again on the same port with the state it had (its data directory). */
  restartEmulator(): Promise<void>;
  close(): Promise<void>;
}

const english = translatorFor('en');

/** The batch's items sent and not yet answered. */
export function sendingItems(db: Database, batchId: string) {
  return db
    .select()
    .from(batchItems)
    .where(and(eq(batchItems.batchId, batchId), eq(batchItems.status, 'sending')));
}

/** Waits until the batch has `updated` videos updated and a chunk sent but not yet answered: mid-batch. */
export async function untilMidBatch(
  db: Database,
  service: BatchService,
  batchId: string,
  updated: number,
): Promise<void> {
  await until(
    async () =>
      ((await service.getBatchProgress(batchId))?.counts.updated ?? 0) >= updated &&
      (await sendingItems(db, batchId)).length > 0,
  );
}

/** Saves `raw` as `actor`, validated as the server action validates it; the new batch's id. */
export async function submitSave(
  service: BatchService,
  actor: BatchActor,
  raw: SaveRequest,
): Promise<string> {
  const result = await service.saveChanges(actor, saveRequestSchema.parse(raw), english);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.batchId;
}

/** Each video's recorded outcome in a batch. */
export async function outcomesOf(service: BatchService, batchId: string): Promise<Map<string, ItemOutcome>> {
  const page = await service.listBatchOutcomes(batchId);
  return new Map(page.outcomes.map(({ videoId, outcome }) => [videoId, outcome]));
}

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const ACCESS_KEY_ID = 'batches-test-key-id';
const ACCESS_KEY_SECRET = 'batches-test-key-secret';

/**
 * A harness for the surrounding describe block (or file): opened before its tests, closed after them, and
 * before each test the emulator's faults, forbidden list and request log are cleared. Use the answer inside
 * hooks and tests only; it forwards to the harness opened in beforeAll.
 */
export function setUpHarness(options: HarnessOptions): PipelineHarness {
  let opened: PipelineHarness | undefined;
  beforeAll(async () => {
    opened = await openHarness(options);
  }, 120_000);
  afterAll(async () => {
    await opened?.close();
  });
  beforeEach(async () => {
    const { control } = harness;
    await control.clearFaults();
    await control.setForbidden([]);
    await control.clearRequests();
  });
  const harness = new Proxy({} as PipelineHarness, {
    get(_, key) {
      if (!opened) throw new Error('The harness opens in beforeAll: use it inside hooks and tests.');
      return Reflect.get(opened, key);
    },
  });
  return harness;
}

interface HarnessOptions {
  videos: number;
  database?: TestDatabaseTarget;
}

/**
 * Starts an emulator with `videos` videos (its state kept in a temp directory, so it survives a restart)
 * and opens a migrated database with three users: an embedded PGlite, or a fresh database of `database`.
 */
export async function openHarness(options: HarnessOptions): Promise<PipelineHarness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vod-batches-'));
  const emulatorOptions = {
    videos: options.videos,
    seed: 7,
    accessKeyId: ACCESS_KEY_ID,
    accessKeySecret: ACCESS_KEY_SECRET,
    dataDir: path.join(dataDir, 'emulator'),
    quiet: true,
  };
  let emulator = await startEmulator({ ...emulatorOptions, port: 0 });
  let database: (OpenDatabase & { dispose?: () => Promise<void> }) | undefined;
  try {
    database = options.database
      ? await options.database.create()
      : await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    const { db } = database;
    const actor = async (email: string, role: BatchActor['role']): Promise<BatchActor> => {
      const user = await insertUser({ email, role }, db);
      if (!user) throw new Error(`could not create ${email}`);
      return { id: user.id, email: user.email, role: user.role };
    };
    const vodWith = (overrides: Partial<VodClientOptions>) =>
      createVodClient({
        endpoint: emulator.endpoint,
        protocol: 'http',
        credentials: { kind: 'static', accessKeyId: ACCESS_KEY_ID, accessKeySecret: ACCESS_KEY_SECRET },
        logger: silent,
        ...overrides,
      });
    const vod = vodWith({});
    const services: BatchService[] = [];
    const opened = database;
    const port = emulator.port;
    return {
      get emulator() {
        return emulator;
      },
      control: new EmulatorControl(emulator.url),
      db,
      vod,
      editor: await actor('editor@test.local', 'editor'),
      otherEditor: await actor('editor2@test.local', 'editor'),
      admin: await actor('admin@test.local', 'admin'),
      vodWith,
      service(deps = {}) {
        const service = createBatchService({ db, vod, maxSaveVideos: 50_000, logger: silent, ...deps });
        services.push(service);
        return service;
      },
      async videos(count, offset = 0) {
        const control = new EmulatorControl(emulator.url);
        // The seeded library keeps some videos in another resource group, which the account may not edit.
        const locked = new Set((await control.forbidden()).resourceGroupVideoIds);
        const { videoIds } = await control.listVideoIds(offset, count + locked.size);
        const editable = videoIds.filter((id) => !locked.has(id)).slice(0, count);
        return (await vod.getVideos(editable)).videos;
      },
      async inVod(ids) {
        const { videos } = await vod.getVideos(ids);
        return new Map(videos.map((video) => [video.id, video]));
      },
      async killEmulator() {
        await emulator.close();
      },
      async restartEmulator() {
        emulator = await startEmulator({ ...emulatorOptions, port });
      },
      async close() {
        await Promise.all(services.map((service) => service.stop()));
        await (opened.dispose ? opened.dispose() : opened.close());
        await emulator.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database?.close();
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
