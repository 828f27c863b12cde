import { z } from 'zod';
import { WIRE_VIDEO_STATUSES } from '@/lib/vod-wire/shapes';
import { normalizeWireTime } from '../time';

const wireTime = z.string().transform((value, ctx) => {
  const time = normalizeWireTime(value);
  if (time === null) {
    ctx.addIssue({ code: 'custom', message: 'must be a time as yyyy-MM-ddTHH:mm:ssZ' });
    return z.NEVER;
  }
  return time;
});

export const resetSchema = z
  .object({
    seed: z.number().int().min(0).max(0xffffffff).optional(),
    videos: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict();

export const forbiddenSchema = z.object({ videoIds: z.array(z.string().min(1)).max(1_000_000) }).strict();

export const stsSchema = z
  .object({ durationSeconds: z.number().int().min(1).max(43_200).default(3600) })
  .strict();

/** What "someone else" may change on a video through the control API: any stored WireVideo field. */
export const videoPatchSchema = z
  .object({
    Title: z.string(),
    Description: z.string(),
    Tags: z.string(),
    CoverURL: z.string(),
    CateId: z.number().int(),
    Status: z.enum(WIRE_VIDEO_STATUSES as [string, ...string[]]),
    Duration: z.number().min(0),
    Size: z.number().int().min(0),
    CreationTime: wireTime,
    ModificationTime: wireTime,
    StorageLocation: z.string(),
    AppId: z.string(),
    ReferenceId: z.string(),
    TemplateGroupId: z.string(),
    DownloadSwitch: z.enum(['on', 'off']),
    UserData: z.string(),
    StorageClass: z.string(),
  })
  .partial()
  .strict();

export type VideoPatch = z.infer<typeof videoPatchSchema>;
