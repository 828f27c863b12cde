/**
 * The choices the emulator makes where VOD's sources are silent: docs/vod-api.md §13 (shared with the client)
 * and a few emulator-only ones. The values and rules that are code live here; the rest is realised as noted:
 *
 * §13, realised elsewhere:
 * - Missing UpdateContent → `MissingUpdateContent` (400), the gateway's `Missing<Param>` form, used for every
 *   missing parameter (errors.ts `missingParameter`). More than 20 items → `CountExceededMax` (400).
 *   Throttled → `Throttling.User` (400) with `x-acs-retry-after` in milliseconds (errors.ts, throttle.ts).
 * - Unknown and forbidden IDs are item-level (HTTP 200, listed, the other items applied); anything malformed
 *   (not a JSON array, an item not an object, a wrong type, a value over its limit, a bad or taken
 *   ReferenceId, an unknown CateId) fails the whole request with InvalidParameter (400) naming item and
 *   field, and nothing is applied. Result lists are always arrays. Duplicate items for one video apply in
 *   order, the last value of a field winning (operations/update-video-infos.ts).
 * - Limits are lib/edits' (Title 1–128 bytes, Description ≤1024, ≤16 tags of ≤32 bytes, trimmed, no comma,
 *   ReferenceId 6–64 of [A-Za-z0-9_-] and unique in the account, CoverURL http(s) ≤1024 bytes).
 *
 * Emulator-only, realised elsewhere:
 * - ReferenceId uniqueness is judged on the state after the whole request, so two items may swap IDs.
 * - UpdateContent `[]` is a successful no-op; item keys VOD does not know are ignored.
 * - GetVideoInfos answers 200 listing every ID in NonExistVideoIds even when none exists (old docs: 404).
 * - SearchMedia without ScrollToken refuses PageNo × PageSize over 5,000 with InvalidParameter.
 * - Unknown paths answer InvalidAction.NotFound (404); methods other than GET/POST UnsupportedHTTPMethod (405).
 * - Videos of another resource group can be read by the demo account but not updated (ForbiddenVideoIds).
 */

/** §13: nonces are remembered this long. */
export const NONCE_RETENTION_MS = 15 * 60 * 1000;

/** §13: `x-acs-date` / `Timestamp` may differ this much from the server clock. */
export const CLOCK_SKEW_MS = 15 * 60 * 1000;

/**
 * §13: how an UpdateContent item finds its video. With `VideoId` the item is located by it and a
 * `ReferenceId` in the same item is the new value to set; without `VideoId` the `ReferenceId` locates the
 * video. An item with neither fails the whole request (InvalidParameter).
 */
export type ItemLocator =
  | { by: 'videoId'; videoId: string; newReferenceId: string | undefined }
  | { by: 'referenceId'; referenceId: string }
  | { by: 'none' };

/** Applies the §13 locating rule to an item's (already type-checked) VideoId and ReferenceId. */
export function locateItem(videoId: string | undefined, referenceId: string | undefined): ItemLocator {
  if (videoId !== undefined && videoId !== '') return { by: 'videoId', videoId, newReferenceId: referenceId };
  if (referenceId !== undefined && referenceId !== '') return { by: 'referenceId', referenceId };
  return { by: 'none' };
}

/** Emulator-only: with a ScrollToken, a page may start at most this many records from the token's position. */
export const SCROLL_WINDOW_RECORDS = 1200;

/** Emulator-only: request bodies above this size answer RequestBodyTooLarge (413). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Emulator-only: a request line plus headers above this size answer RequestHeaderTooLarge (431). */
export const MAX_HEADER_BYTES = 1024 * 1024;

/** Emulator-only: the share of seeded videos in another resource group (readable, not updatable). */
export const OTHER_GROUP_SHARE = 0.02;
