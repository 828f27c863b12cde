import { LIMITS } from '@/lib/edits/limits';
import type { WireVideo } from '@/lib/vod-wire/shapes';
import { vodErrors } from '../errors';
import { type Operation, SerializedBody } from './context';
import { listParam } from './params';
import { flatVideoJson } from './video-shape';

/**
 * GetVideoInfos: up to 20 VideoIds and/or ReferenceIds. Unknown ones are listed, never an error, even
 * when none exists (an emulator decision; old docs mention a 404).
 */
export const getVideoInfos: Operation = ({ params, store }): SerializedBody => {
  const videoIds = listParam(params, 'VideoIds');
  const referenceIds = listParam(params, 'ReferenceIds');
  if (videoIds.length === 0 && referenceIds.length === 0) throw vodErrors.missingParameter('VideoIds');
  if (videoIds.length > LIMITS.getVideoIdsPerCall || referenceIds.length > LIMITS.getVideoIdsPerCall) {
    throw vodErrors.videoIdsExceededMax(LIMITS.getVideoIdsPerCall);
  }
  const library = store.library;
  const found = new Map<string, WireVideo>();
  const NonExistVideoIds: string[] = [];
  const NonExistReferenceIds: string[] = [];
  for (const id of videoIds) {
    const video = library.get(id);
    if (video) found.set(id, video);
    else NonExistVideoIds.push(id);
  }
  for (const referenceId of referenceIds) {
    const id = library.videoIdOfReference(referenceId);
    if (id) found.set(id, library.get(id)!);
    else NonExistReferenceIds.push(referenceId);
  }
  // The hottest call of a bulk edit: per-video JSON is reused (same members as WireGetVideoInfosResponse).
  const videoList = [...found.values()].map(flatVideoJson).join(',');
  return new SerializedBody(
    `"VideoList":[${videoList}],"NonExistVideoIds":${JSON.stringify(NonExistVideoIds)},"NonExistReferenceIds":${JSON.stringify(NonExistReferenceIds)}`,
  );
};
