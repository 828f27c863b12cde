/**
 * The size limit of a server action's body, shared by the server (proxy.ts refuses larger bodies) and the
 * browser (which checks before sending, because a refused body reaches React's action client as a bare
 * network error it cannot explain). next.config.js sets serverActions.bodySizeLimit and
 * proxyClientMaxBodySize to the same size.
 */
export const ACTION_BODY_LIMIT_BYTES = 40 * 1024 * 1024;
export const ACTION_BODY_LIMIT_LABEL = '40 MB';

/** Whether a server action called with `args` would send a body over the limit (React sends them as JSON). */
export function exceedsActionBodyLimit(args: readonly unknown[]): boolean {
  const text = JSON.stringify(args);
  // Three UTF-8 bytes per UTF-16 unit at most: below a third of the limit, no need to encode.
  if (text.length * 3 <= ACTION_BODY_LIMIT_BYTES) return false;
  return new TextEncoder().encode(text).byteLength > ACTION_BODY_LIMIT_BYTES;
}
