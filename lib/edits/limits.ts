/**
 * Every VOD limit the product depends on, defined once. The grid, the server actions, lib/vod and the
 * emulator all read these; docs/vod-api.md §3, §8 and §13 are the sources.
 */

export const VOD_API_VERSION = '2017-03-21';

export const LIMITS = {
  titleMinBytes: 1,
  titleMaxBytes: 128,
  descriptionMaxBytes: 1024,
  tagsMaxCount: 16,
  tagMaxBytes: 32,
  coverUrlMaxBytes: 1024,
  referenceIdMinLength: 6,
  referenceIdMaxLength: 64,
  /** Items per UpdateVideoInfos call; more fails the whole call with CountExceededMax. */
  updateItemsPerCall: 20,
  /** IDs per GetVideoInfos call. */
  getVideoIdsPerCall: 20,
  /** Values in one `VideoId in (...)` SearchMedia clause. */
  searchVideoIdsPerClause: 100,
  searchPageSizeMax: 100,
  /** Plain PageNo/PageSize paging never reaches beyond this many records; ScrollToken goes further. */
  searchPagingCap: 5000,
  videoListCap: 5000,
  categoryLevels: 3,
  categoryPageSizeMax: 100,
  categoryNameMaxBytes: 64,
} as const;

/** The product's own limit on the note an editor may add to a save (not a VOD limit). */
export const SAVE_NOTE_MAX_LENGTH = 500;

export const REFERENCE_ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

/** Calls per second per account, by action (docs/vod-api.md §8). */
export const QPS_LIMITS: Readonly<Record<string, number>> = {
  UpdateVideoInfos: 30,
  UpdateVideoInfo: 100,
  GetVideoInfo: 100,
  GetVideoInfos: 100,
  GetVideoList: 100,
  SearchMedia: 50,
  GetCategories: 50,
  DeleteVideo: 30,
};

/** The physical ceiling of a bulk save: calls per second times items per call. */
export const MAX_VIDEOS_PER_SECOND = QPS_LIMITS.UpdateVideoInfos! * LIMITS.updateItemsPerCall;

/** Number of UTF-8 bytes in a string, the unit VOD measures its text limits in. */
export function utf8Bytes(value: string): number {
  // Counted by hand: this runs in the browser on every keystroke, where Buffer does not exist.
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
