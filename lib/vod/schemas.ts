import { z } from 'zod';
import { LOCAL_ERROR_CODES, VodError } from './errors';
import {
  WIRE_VIDEO_STATUSES,
  type WireGetCategoriesResponse,
  type WireGetVideoInfosResponse,
  type WireUpdateVideoInfosResponse,
} from './wire';

/** zod schemas for the response bodies lib/vod reads: VOD's answers are checked before the app sees them. */

const idList = z.array(z.string()).default([]);

const wireVideo = z.object({
  VideoId: z.string(),
  Title: z.string().default(''),
  Description: z.string().optional(),
  Tags: z.string().optional(),
  CoverURL: z.string().optional(),
  CateId: z.number().optional(),
  CateName: z.string().optional(),
  Status: z.enum(WIRE_VIDEO_STATUSES),
  Duration: z.number().optional(),
  Size: z.number().optional(),
  CreationTime: z.string(),
  ModificationTime: z.string().optional(),
  ReferenceId: z.string().optional(),
});

const updateVideoInfosResponse = z.object({
  RequestId: z.string(),
  ForbiddenVideoIds: idList,
  NonExistVideoIds: idList,
  NonExistReferenceIds: idList,
});

const getVideoInfosResponse = z.object({
  RequestId: z.string(),
  VideoList: z.array(wireVideo).default([]),
  NonExistVideoIds: idList,
  NonExistReferenceIds: idList,
});

const searchMediaResponse = z.object({
  RequestId: z.string(),
  Total: z.number().int().nonnegative(),
  ScrollToken: z.string().optional(),
  MediaList: z
    .array(
      z.object({
        MediaType: z.string(),
        MediaId: z.string(),
        CreationTime: z.string(),
        // SearchMedia names the video by MediaId; VideoId is only present when asked for in Fields.
        Video: wireVideo.extend({ VideoId: z.string().optional() }).optional(),
      }),
    )
    .default([]),
});

const wireCategory = z.object({
  CateId: z.number(),
  CateName: z.string(),
  Level: z.number(),
  ParentId: z.number(),
  Type: z.string().optional(),
  SubTotal: z.number().optional(),
});

const getCategoriesResponse = z.object({
  RequestId: z.string(),
  SubTotal: z.number().int().nonnegative().default(0),
  Category: wireCategory.optional(),
  SubCategories: z.object({ Category: z.array(wireCategory).default([]) }).default({ Category: [] }),
});

function requestIdOf(body: unknown): string | null {
  const id =
    typeof body === 'object' && body !== null ? (body as { RequestId?: unknown }).RequestId : undefined;
  return typeof id === 'string' ? id : null;
}

function parser<T>(action: string, schema: z.ZodType<T, unknown>) {
  return (body: unknown): T => {
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
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
export const parseGetVideoInfos = parser<WireGetVideoInfosResponse>('GetVideoInfos', getVideoInfosResponse);
export const parseSearchMedia = parser('SearchMedia', searchMediaResponse);
export const parseGetCategories = parser<WireGetCategoriesResponse>('GetCategories', getCategoriesResponse);
