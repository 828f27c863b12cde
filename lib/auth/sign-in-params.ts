import { createLoader, createParser, createSerializer, parseAsStringLiteral } from 'nuqs/server';
import { DEFAULT_CALLBACK_URL, safeCallbackUrl } from './callback-url';

/**
 * The sign-in page's URL params: where to go once signed in, the note that a password was just changed,
 * and next-auth's error code. The page reads them here and every redirect to it (the proxy, page guards, the
 * change-password form) writes them here, so no caller spells the URL by hand.
 */
const signInParsers = {
  /** A same-origin path only (see safeCallbackUrl); anything else reads as absent. */
  callbackUrl: createParser({
    parse: (value) => safeCallbackUrl(value, '') || null,
    serialize: (value: string) => value,
  }),
  passwordChanged: parseAsStringLiteral(['1'] as const),
  error: createParser({
    parse: (value) => value.slice(0, 100) || null,
    serialize: (value: string) => value,
  }),
};

const loadSignIn = createLoader(signInParsers);
const serializeSignIn = createSerializer(signInParsers);

/** What the sign-in page's URL asks for; a missing or unsafe callbackUrl is the default landing page. */
export function parseSignInParams(params: Record<string, string | string[] | undefined>): {
  callbackUrl: string;
  passwordChanged: boolean;
  error: string | null;
} {
  const { callbackUrl, passwordChanged, error } = loadSignIn(params);
  return {
    callbackUrl: callbackUrl ?? DEFAULT_CALLBACK_URL,
    passwordChanged: passwordChanged === '1',
    error,
  };
}

/** The sign-in page, coming back to `callbackUrl` (made same-origin) or telling that the password changed. */
export function signInHref(values: { callbackUrl?: string; passwordChanged?: boolean }): string {
  const serialized = serializeSignIn({
    callbackUrl: values.callbackUrl === undefined ? null : safeCallbackUrl(values.callbackUrl),
    passwordChanged: values.passwordChanged ? '1' : null,
  });
  // Percent-encoded in full (`%2F`, `%3F`): the callback is itself a URL with a query of its own.
  const query = new URLSearchParams(serialized).toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}
