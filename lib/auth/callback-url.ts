/** Where a signed-in user lands when no (valid) callbackUrl was given. */
export const DEFAULT_CALLBACK_URL = '/videos';

const PROBE_ORIGIN = 'http://callback.invalid';

/**
 * A callbackUrl reduced to a same-origin path, or the default. Absolute URLs, protocol-relative `//host`,
 * backslash tricks and control characters are refused, so sign-in cannot be turned into an open redirect.
 */
export function safeCallbackUrl(value: unknown, fallback: string = DEFAULT_CALLBACK_URL): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value))
    return fallback;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  // Returning to the sign-in page itself would only loop.
  if (url.pathname === '/sign-in' || url.pathname.startsWith('/api/auth')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
