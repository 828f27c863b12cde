import { type APIRequestContext, request } from '@playwright/test';

export interface HttpSignIn {
  /** The error code next-auth answered with (e.g. CredentialsSignin, throttled:30), or null when signed in. */
  error: string | null;
  /** The request context, holding the session cookie when signed in; dispose it when done. */
  context: APIRequestContext;
}

/**
 * Signs in over plain HTTP, as a script would: the sign-in form's own two requests (CSRF token, then the
 * credentials), optionally claiming a client address in X-Forwarded-For.
 */
export async function signInOverHttp(
  baseURL: string,
  credentials: { email: string; password: string; code?: string },
  forwardedFor?: string,
): Promise<HttpSignIn> {
  const context = await request.newContext({
    baseURL,
    extraHTTPHeaders: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });
  const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await context.post('/api/auth/callback/credentials', {
    form: { ...credentials, csrfToken, json: 'true', callbackUrl: '/videos' },
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url: string };
  return { error: new URL(url, baseURL).searchParams.get('error'), context };
}
