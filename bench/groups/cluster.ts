import { reservePacerSlots } from '@/lib/db/queries/pacer';
import { MAX_VIDEOS_PER_SECOND, QPS_LIMITS } from '@/lib/edits/limits';
import { createPacer, ReservingPacerStore } from '@/lib/vod';
import { EditorSession, editableVideos, startCluster } from '@/test/support/cluster';
import { ensureProductionBuild } from '../support/app';
import { type CallTimeline, callTimeline, describeTimeline, timelineRows } from '../support/call-timeline';
import { openBenchDatabase } from '../support/database';
import { toRow } from '../support/rows';
import { type BenchContext, type BenchGroup, type BenchRow, BenchSkip } from '../support/types';

/**
 * Several app servers on one PostgreSQL (issue #20): two saves started on two of three production servers
 * at once, their combined throughput against the account's physical limit (30 calls/s × 20 videos); and
 * what sharing the budget through the database costs each call.
 */

const SERVERS = 3;
const FULL_SAVE = 5_000;
const QUICK_SAVE = 1_000;
const TARGET_SHARE = 0.9;
const POLL_MS = 100;
const COORDINATION_CALLS_PER_SERVER = 60;
const ACTION = 'UpdateVideoInfos';

async function run(context: BenchContext): Promise<BenchRow[]> {
  const postgresUrl = process.env.BENCH_DATABASE_URL?.trim();
  if (!postgresUrl) throw new BenchSkip('needs BENCH_DATABASE_URL (a PostgreSQL server): servers share it');
  ensureProductionBuild(context);
  const runs = context.plan.warmup + context.plan.runs;
  const coordination: Array<{ msPerCall: number; tripsPerCall: number }> = [];
  for (let i = 0; i < runs; i++) {
    const measured = await coordinationCost();
    if (i >= context.plan.warmup) coordination.push(measured);
  }
  const save = context.quick ? QUICK_SAVE : FULL_SAVE;
  const saves = (await combinedThroughput(context, postgresUrl, save, runs)).slice(context.plan.warmup);
  const rates = saves.map((one) => one.rate);
  const interval = 1000 / QPS_LIMITS[ACTION]!;
  return [
    toRow({
      group: 'cluster',
      name: `two ${save.toLocaleString('en-US')}-video saves on two of ${SERVERS} servers at once, combined`,
      unit: 'videos/s',
      samples: rates,
      ...(save === FULL_SAVE
        ? { target: { op: 'ge' as const, threshold: TARGET_SHARE * MAX_VIDEOS_PER_SECOND, unit: 'videos/s' } }
        : {}),
      baseline: {
        baseline: {
          label: 'the account limit',
          value: MAX_VIDEOS_PER_SECOND,
          unit: 'videos/s',
          ratioFormat: 'percent',
        },
        ratios: rates.map((rate) => rate / MAX_VIDEOS_PER_SECOND),
      },
    }),
    ...timelineRows('cluster', 'both saves', ACTION, saves),
    toRow({
      group: 'cluster',
      name: `shared pacer: database time per ${ACTION} call (${SERVERS} servers pacing together)`,
      unit: 'ms/call',
      samples: coordination.map((sample) => sample.msPerCall),
      baseline: {
        baseline: {
          label: 'the interval between calls',
          value: interval,
          unit: 'ms',
          ratioFormat: 'percent',
        },
        ratios: coordination.map((sample) => sample.msPerCall / interval),
      },
    }),
    toRow({
      group: 'cluster',
      name: 'shared pacer: database round trips per call',
      unit: 'trips/call',
      samples: coordination.map((sample) => sample.tripsPerCall),
    }),
  ];
}

/** Three pacers, as three servers hold them, taking calls together at the real rate over one database. */
async function coordinationCost(): Promise<{ msPerCall: number; tripsPerCall: number }> {
  const database = await openBenchDatabase();
  try {
    const stores = Array.from(
      { length: SERVERS },
      () =>
        new ReservingPacerStore((key, count, interval, ahead) =>
          reservePacerSlots(key, count, interval, ahead, database.db),
        ),
    );
    await Promise.all(
      stores.flatMap((store) => {
        const pacer = createPacer({ store, account: 'bench' });
        return Array.from({ length: COORDINATION_CALLS_PER_SERVER }, () => pacer.acquire(ACTION));
      }),
    );
    const totals = stores.map((store) => store.stats());
    const calls = totals.reduce((sum, stats) => sum + stats.calls, 0);
    return {
      msPerCall: totals.reduce((sum, stats) => sum + stats.reserveMs, 0) / calls,
      tripsPerCall: totals.reduce((sum, stats) => sum + stats.reservations, 0) / calls,
    };
  } finally {
    await database.close();
  }
}

/** One measured pair of saves: its throughput, where its time went, and whether it kept the budget. */
interface SaveRun extends CallTimeline {
  /** Videos per second from the first request to both saves done. */
  rate: number;
}

/** Two saves started at once on two servers, run after run, with the emulator's log of each run. */
async function combinedThroughput(
  context: BenchContext,
  postgresUrl: string,
  save: number,
  runs: number,
): Promise<SaveRun[]> {
  context.progress(`cluster: starting ${SERVERS} production servers on one PostgreSQL database`);
  const cluster = await startCluster({ postgresUrl, servers: SERVERS, videos: 2 * save + 600 });
  try {
    const editor = await EditorSession.signIn(cluster.servers[0]!.url);
    let library = await editableVideos(cluster.control, 2 * save);
    const measured: SaveRun[] = [];
    for (let i = 0; i < runs; i++) {
      const retitled = (video: { id: string }) => `Cluster bench ${i} · ${video.id}`;
      // The emulator runs in this process, so its log and this clock agree.
      const startedAt = Date.now();
      const started = performance.now();
      const batchIds = await Promise.all(
        [library.slice(0, save), library.slice(save)].map((videos, s) =>
          editor.saveTitles(cluster.servers[s]!.url, videos, retitled),
        ),
      );
      for (let s = 0; ; s++) {
        const server = cluster.servers[s % SERVERS]!.url;
        const progress = await Promise.all(batchIds.map((batchId) => editor.progress(server, batchId)));
        if (progress.every((one) => one.isFinished)) break;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      const rate = (2 * save) / ((performance.now() - started) / 1000);
      const doneAt = Date.now();
      const requests = await cluster.control.requests({ since: startedAt });
      const one: SaveRun = { rate, ...callTimeline(requests, ACTION, startedAt, doneAt) };
      context.progress(
        `cluster: run ${i + 1}/${runs}: ${rate.toFixed(0)} videos/s; ${describeTimeline(one)}`,
      );
      measured.push(one);
      library = library.map((video) => ({ id: video.id, title: retitled(video) }));
    }
    return measured;
  } finally {
    await cluster.close();
  }
}

export const clusterGroup: BenchGroup = {
  name: 'cluster',
  title: `${SERVERS} app servers on one PostgreSQL: combined save throughput and the shared pacer's cost`,
  run,
};
