/**
 * Pasted video ID lists of any practical size. They never travel in a URL (a few hundred IDs overflow its
 * headers): the browser sends the text in a server action's body, the server keeps the list and the URL
 * carries its short token (`list=`). Pure parsing here, shared by the browser and the server.
 */

/** The longest list accepted; far beyond the ≥ 10,000 editors paste, well under the action's body limit. */
export const MAX_ID_LIST = 50_000;

/** The longest pasted text accepted: MAX_ID_LIST IDs of 64 characters with separators, and some slack. */
export const MAX_ID_LIST_TEXT = 4_000_000;

/** VOD video IDs: 32 hex characters in practice; letters, digits, `_` and `-` up to 64 are accepted. */
export const VIDEO_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The saved list's token as it appears in the URL. */
export const ID_LIST_TOKEN_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface ParsedIdList {
  /** Well-formed IDs, first occurrence order, each once. */
  ids: string[];
  /** Pieces that are not video IDs, as pasted (each once). */
  malformed: string[];
  /** IDs pasted more than once (each once). */
  duplicates: string[];
  /** Well-formed IDs left out beyond MAX_ID_LIST. */
  overLimit: number;
}

/** Splits pasted text on commas, semicolons, whitespace or new lines, and sorts the pieces into the report. */
export function parseIdList(text: string): ParsedIdList {
  const seen = new Set<string>();
  const malformed = new Set<string>();
  const duplicates = new Set<string>();
  const ids: string[] = [];
  let overLimit = 0;
  for (const piece of text.split(/[\s,;]+/)) {
    if (piece === '') continue;
    if (!VIDEO_ID_PATTERN.test(piece)) malformed.add(piece.slice(0, 80));
    else if (seen.has(piece)) duplicates.add(piece);
    else if (ids.length >= MAX_ID_LIST) overLimit++;
    else {
      seen.add(piece);
      ids.push(piece);
    }
  }
  return { ids, malformed: [...malformed], duplicates: [...duplicates], overLimit };
}

/** A saved ID list as the videos page shows it: its IDs, the paste's report, and where loading stands. */
export interface IdListView extends ParsedIdList {
  token: string;
  /** The token names no list of this user (deleted, or someone else's link). */
  isUnknown: boolean;
  /** IDs of the first page that VOD did not return; the stream reports the rest. */
  missingIds: string[];
  /** Where the stream continues in the list; null when the first page was all of it. */
  nextOffset: number | null;
}
