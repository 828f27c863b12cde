import type { Operation } from './context';
import { getCategories } from './get-categories';
import { getVideoInfo } from './get-video-info';
import { getVideoInfos } from './get-video-infos';
import { getVideoList } from './get-video-list';
import { searchMedia } from './search-media';
import { updateVideoInfos } from './update-video-infos';

/** The VOD actions the emulator implements; any other action answers InvalidAction.NotFound. */
export const OPERATIONS: ReadonlyMap<string, Operation> = new Map([
  ['UpdateVideoInfos', updateVideoInfos],
  ['GetVideoInfos', getVideoInfos],
  ['GetVideoInfo', getVideoInfo],
  ['SearchMedia', searchMedia],
  ['GetCategories', getCategories],
  ['GetVideoList', getVideoList],
]);
