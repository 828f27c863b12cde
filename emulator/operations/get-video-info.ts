import type { WireGetVideoInfoResponse } from '@/lib/vod-wire/shapes';
import { vodErrors } from '../errors';
import type { Operation } from './context';
import { nestedVideo } from './video-shape';

/** GetVideoInfo: one video by VideoId or ReferenceId, nested `Snapshots`; unknown → InvalidVideo.NotFound. */
export const getVideoInfo: Operation = ({ params, store }): Omit<WireGetVideoInfoResponse, 'RequestId'> => {
  const library = store.library;
  const videoId = params.get('VideoId')?.trim();
  const referenceId = params.get('ReferenceId')?.trim();
  if (!videoId && !referenceId) throw vodErrors.missingParameter('VideoId');
  const id = videoId || library.videoIdOfReference(referenceId!);
  const video = id ? library.get(id) : undefined;
  if (!video) throw vodErrors.videoNotFound();
  return {
    Video: {
      ...nestedVideo(video),
      RegionId: 'cn-shanghai',
      AuditStatus: video.Status === 'Blocked' ? 'Blocked' : 'Normal',
    },
  };
};
