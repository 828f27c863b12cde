import { z } from 'zod';
import { type Logger, log } from '@/lib/log';
import {
  WIRE_VIDEO_STATUSES,
  type WireGetCategoriesResponse,
  type WireGetVideoInfosResponse,
  type WireUpdateVideoInfosResponse,
  type WireVideo,
  type WireVideoStatus,
} from '@/lib/vod-wire/shapes';
import { LOCAL_ERROR_CODES, VodError } from './errors';
import type { VideoStatus } from './types';

/**
 * zod schemas for the response bodies lib/vod reads. VOD's answers are read tolerantly, as Alibaba's own SDK
 * models do (every field optional): an unknown Status, a null list, a number sent as a string or a missing
 * optional field becomes a safe default, and each parse that needed one logs one line naming them. Only a
 * body without what the call cannot do without (a video's id, a category's id) fails.
 */

/** Where a parse in progress notes each default it applied (parsing is synchronous, so one slot serves). */
let notes: string[] | null = null;

function note(what: string): void {
  notes?.push(what);
}

/** A list that may come as null or be missing: an empty list then. */
const list = <T extends z.ZodType>(item: T) =>
  z
    .unknown()
    .optional()
    .transform((value, ctx): z.output<T>[] => {
      if (value === undefined) return [];
      if (value === null) {
        note('null list read as empty');
        return [];
      }
      const parsed = z.array(item).safeParse(value);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      }
      return z.NEVER;
    });

const idList = z
  .array(z.string())
  .nullish()
  .transform((value) => {
    if (value === null) note('null list read as empty');
    return value ?? [];
  });

/** A number VOD may send as a string ("100"); anything else not a finite number becomes undefined. */
const looseNumber = z
  .unknown()
  .optional()
  .transform((value): number | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
      note(`number sent as the string "${value}"`);
      return Number(value);
    }
    note(`not a number: ${JSON.stringify(value)}`);
    return undefined;
  });

const requiredNumber = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform((value) => {
      note(`number sent as the string "${value}"`);
      return Number(value);
    }),
]);

const looseText = z
  .unknown()
  .optional()
  .transform((value): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    note(`not text: ${JSON.stringify(value)}`);
    return undefined;
  });

const KNOWN_STATUSES = new Set<string>(WIRE_VIDEO_STATUSES);

const status = z
  .unknown()
  .optional()
  .transform((value): VideoStatus => {
    if (typeof value === 'string' && KNOWN_STATUSES.has(value)) return value as WireVideoStatus;
    note(`unknown Status ${JSON.stringify(value)}`);
    return 'Unknown';
  });

const wireVideo = z.object({
  VideoId: z.string(),
  Title: looseText.transform((value) => value ?? ''),
  Description: looseText,
  Tags: looseText,
  CoverURL: looseText,
  CateId: looseNumber,
  CateName: looseText,
  Status: status,
  Duration: looseNumber,
  Size: looseNumber,
  CreationTime: looseText.transform((value) => {
    if (value === undefined) note('no CreationTime');
    return value ?? '';
  }),
  ModificationTime: looseText,
  ReferenceId: looseText,
});

/** A video as lib/vod reads it from GetVideoInfos or SearchMedia, after the tolerant defaults. */
export type ReadVideo = Omit<WireVideo, 'Status'> & { Status: VideoStatus };

const updateVideoInfosResponse = z.object({
  RequestId: z.string(),
  ForbiddenVideoIds: idList,
  NonExistVideoIds: idList,
  NonExistReferenceIds: idList,
});

const getVideoInfosResponse = z.object({
  RequestId: z.string(),
  VideoList: list(wireVideo),
  NonExistVideoIds: idList,
  NonExistReferenceIds: idList,
});

const searchMediaResponse = z.object({
  RequestId: z.string(),
  Total: requiredNumber.pipe(z.number().int().nonnegative()),
  ScrollToken: looseText,
  MediaList: list(
    z.object({
      MediaType: looseText,
      MediaId: z.string(),
      CreationTime: looseText,
      // SearchMedia names the video by MediaId; VideoId is only present when asked for in Fields.
      Video: wireVideo.extend({ VideoId: z.string().optional() }).optional(),
    }),
  ),
});

const wireCategory = z.object({
  CateId: requiredNumber,
  CateName: looseText.transform((value) => value ?? ''),
  Level: looseNumber.transform((value) => value ?? 0),
  ParentId: looseNumber.transform((value) => value ?? -1),
  Type: looseText,
  SubTotal: looseNumber,
});

const getCategoriesResponse = z.object({
  RequestId: z.string(),
  SubTotal: looseNumber.transform((value) => value ?? 0),
  Category: wireCategory.optional(),
  SubCategories: z
    .object({ Category: list(wireCategory) })
    .nullish()
    .transform((value) => value ?? { Category: [] }),
});

function requestIdOf(body: unknown): string | null {
  const id =
    typeof body === 'object' && body !== null ? (body as { RequestId?: unknown }).RequestId : undefined;
  return typeof id === 'string' ? id : null;
}

function parser<T>(action: string, schema: z.ZodType<T, unknown>) {
  return (body: unknown, logger: Logger = log): T => {
    notes = [];
    let parsed: ReturnType<typeof schema.safeParse>;
    let applied: string[];
    try {
      parsed = schema.safeParse(body);
    } finally {
      applied = notes;
      notes = null;
    }
    if (parsed.success) {
      if (applied.length > 0) {
        // One line per answer, however many defaults it needed; the first few say what they were.
        logger.warn('vod.response_defaults', {
          action,
          requestId: requestIdOf(body),
          count: applied.length,
          examples: [...new Set(applied)].slice(0, 5),
        });
      }
      return parsed.data;
    }
    const issue = parsed.error.issues[0];
    throw new VodError({
      code: LOCAL_ERROR_CODES.invalidResponse,
      message: `${action} answered an unexpected shape at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
      requestId: requestIdOf(body),
      retryable: false,
    });
  };
}

export const parseUpdateVideoInfos = parser<WireUpdateVideoInfosResponse>(
  'UpdateVideoInfos',
  updateVideoInfosResponse,
);
export const parseGetVideoInfos = parser<
  Omit<WireGetVideoInfosResponse, 'VideoList'> & { VideoList: ReadVideo[] }
>('GetVideoInfos', getVideoInfosResponse);
export const parseSearchMedia = parser('SearchMedia', searchMediaResponse);
export const parseGetCategories = parser<WireGetCategoriesResponse>('GetCategories', getCategoriesResponse);
