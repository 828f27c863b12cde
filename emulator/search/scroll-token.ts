import { createHash } from 'node:crypto';
import { SCROLL_WINDOW_RECORDS } from '../decisions';
import { vodErrors } from '../errors';

/**
 * SearchMedia's ScrollToken: 32 hex characters naming the search (24) and the position after the last
 * record served (8). It is stateless, so traversal survives restarts and costs no memory.
 */
export function scrollFingerprint(match: string, sortBy: string): string {
  return createHash('sha256').update(`${match}\n${sortBy}`).digest('hex').slice(0, 24);
}

export function createScrollToken(fingerprint: string, position: number): string {
  return `${fingerprint}${position.toString(16).padStart(8, '0')}`;
}

/** Checks a token belongs to this search and that `start` is within reach of its position. */
export function checkScrollToken(token: string, fingerprint: string, start: number): void {
  if (!/^[0-9a-f]{32}$/.test(token) || token.slice(0, 24) !== fingerprint) {
    throw vodErrors.invalidParameter('The specified parameter ScrollToken is not valid for this search.');
  }
  const position = Number.parseInt(token.slice(24), 16);
  if (Math.abs(start - position) > SCROLL_WINDOW_RECORDS) {
    throw vodErrors.invalidParameter(
      `The requested page starts ${Math.abs(start - position)} records away from the ScrollToken position; at most ${SCROLL_WINDOW_RECORDS} are allowed.`,
    );
  }
}
