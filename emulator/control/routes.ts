import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { REFERENCE_ID_PATTERN } from '@/lib/edits/limits';
import type { WireVideo, WireVideoStatus } from '@/lib/vod-wire/shapes';
import type { EmulatorState } from '../context';
import { MAX_BODY_BYTES } from '../decisions';
import { asVodError, vodErrors } from '../errors';
import { faultsSchema } from '../faults';
import { readBody } from '../http/body';
import { hostIdOf, newRequestId, sendError, sendJson } from '../http/respond';
import { flatVideo } from '../operations/video-shape';
import { CATEGORIES } from '../store/categories';
import { formatWireTime } from '../time';
import { forbiddenSchema, resetSchema, stsSchema, type VideoPatch, videoPatchSchema } from './schemas';

export const CONTROL_PREFIX = '/_emulator/';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

type Handler = (
  state: EmulatorState,
  input: { body: () => Promise<unknown>; search: URLSearchParams; id: string },
) => Promise<unknown>;

const ROUTES: Record<string, Partial<Record<string, Handler>>> = {
  health: {
    GET: async ({ store }) => ({ status: 'ok', videos: store.library.size, seed: store.library.seed }),
  },
  reset: {
    POST: async (state, { body }) => {
      const input = parse(resetSchema, await body());
      const library = state.store.library;
      await state.store.reset(input.seed ?? library.seed, input.videos ?? library.seededVideos);
      state.faults.clear();
      state.throttle.setOverride(null);
      state.log.clear();
      return { seed: state.store.library.seed, videos: state.store.library.size };
    },
  },
  requests: {
    GET: async ({ log }, { search }) => ({
      requests: log.list({
        action: search.get('action') ?? undefined,
        since: parseSince(search.get('since')),
      }),
    }),
    DELETE: async ({ log }) => {
      log.clear();
      return {};
    },
  },
  forbidden: {
    GET: async ({ store }) => ({
      videoIds: store.library.forbiddenIds(),
      resourceGroupVideoIds: store.library.otherGroupIds(),
    }),
    PUT: async ({ store }, { body }) => {
      const { videoIds } = parse(forbiddenSchema, await body());
      await store.setForbidden(videoIds);
      return { videoIds: store.library.forbiddenIds() };
    },
  },
  faults: {
    GET: async ({ faults }) => faults.current,
    PUT: async ({ faults, throttle }, { body }) => {
      const input = parse(faultsSchema, await body());
      faults.set(input);
      throttle.setOverride(input.throttleQps);
      return faults.current;
    },
    DELETE: async ({ faults, throttle }) => {
      faults.clear();
      throttle.setOverride(null);
      return faults.current;
    },
  },
  sts: {
    POST: async ({ accounts }, { body }) => accounts.issueSts(parse(stsSchema, await body()).durationSeconds),
  },
  videos: {
    GET: async ({ store }, { search }) => {
      const ordered = store.library.orderedSlots();
      const offset = Math.max(0, Number(search.get('offset') ?? 0) || 0);
      const limit = Math.min(10_000, Math.max(0, Number(search.get('limit') ?? 100) || 0));
      const videoIds: string[] = [];
      for (let i = offset; i < Math.min(ordered.length, offset + limit); i++) {
        videoIds.push(store.library.at(ordered[i]!).VideoId);
      }
      return { total: ordered.length, videoIds };
    },
  },
  video: {
    GET: async ({ store }, { id }) => flatVideo(existing(store.library.get(id))),
    PUT: async ({ store }, { id, body }) => {
      const patch = parse(videoPatchSchema, await body());
      const video = patchVideo(store.library.get(id), id, patch);
      if (video.ReferenceId) {
        const owner = store.library.videoIdOfReference(video.ReferenceId);
        if (owner && owner !== id)
          throw vodErrors.conflict(`ReferenceId ${video.ReferenceId} is used by video ${owner}.`);
      }
      await store.putVideos([video]);
      return flatVideo(video);
    },
    DELETE: async ({ store }, { id }) => {
      existing(store.library.get(id));
      await store.deleteVideo(id);
      return {};
    },
  },
};

/** Serves the unsigned control API under /_emulator/ to loopback clients only. */
export async function handleControlRequest(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const requestId = newRequestId();
  try {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) throw vodErrors.forbiddenLoopback();
    const url = new URL(req.url ?? '/', 'http://emulator.local');
    const route = url.pathname.slice(CONTROL_PREFIX.length).replace(/\/$/, '');
    const videoMatch = /^videos\/([^/]+)$/.exec(route);
    const handlers = ROUTES[videoMatch ? 'video' : route];
    if (!handlers || !Object.hasOwn(ROUTES, videoMatch ? 'video' : route)) throw vodErrors.pathNotFound();
    const handler = handlers[req.method ?? 'GET'];
    if (!handler) throw vodErrors.methodNotAllowed(req.method ?? '');
    const result = await handler(state, {
      body: () => readJson(req),
      search: url.searchParams,
      id: videoMatch ? decodeURIComponent(videoMatch[1]!) : '',
    });
    sendJson(res, 200, JSON.stringify(result));
  } catch (caught) {
    sendError(res, asVodError(caught, 'control API'), requestId, hostIdOf(req));
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw vodErrors.badRequest('The request body is not valid JSON.');
  }
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw vodErrors.badRequest(
    result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '),
  );
}

function parseSince(value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (Number.isNaN(ms))
    throw vodErrors.badRequest(`since must be an ISO time or epoch milliseconds: ${value}`);
  return ms;
}

function existing(video: WireVideo | undefined): WireVideo {
  if (!video) throw vodErrors.videoNotFound();
  return video;
}

/** Applies a patch as another user would; an unknown id creates the video (a Title is then required). */
function patchVideo(current: WireVideo | undefined, id: string, patch: VideoPatch): WireVideo {
  if (patch.CateId !== undefined && !CATEGORIES.get(patch.CateId)) {
    throw vodErrors.badRequest(`CateId ${patch.CateId} does not exist.`);
  }
  if (
    patch.ReferenceId !== undefined &&
    patch.ReferenceId !== '' &&
    !REFERENCE_ID_PATTERN.test(patch.ReferenceId)
  ) {
    throw vodErrors.badRequest('ReferenceId must be 6 to 64 letters, digits, hyphens or underscores.');
  }
  const now = formatWireTime(Date.now());
  let base = current;
  if (!base) {
    if (patch.Title === undefined)
      throw vodErrors.badRequest(`Video ${id} does not exist; creating it needs a Title.`);
    base = { VideoId: id, Title: patch.Title, Status: 'Normal', CreationTime: now };
  }
  const video: WireVideo = { ...base, ...patch, Status: (patch.Status ?? base.Status) as WireVideoStatus };
  if (patch.CateId !== undefined) video.CateName = CATEGORIES.get(patch.CateId)!.CateName;
  if (patch.ReferenceId === '') delete video.ReferenceId;
  video.ModificationTime = patch.ModificationTime ?? now;
  return video;
}
