import 'server-only';
import { type NextRequest, NextResponse } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { getConfig } from '@/lib/config';
import { jsonHasPrototypeKey } from '@/lib/http/prototype-keys';
import { createNonce, pageContentSecurityPolicy } from '@/lib/http/security-headers';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { signInHref } from './sign-in-params';

// Answered before any page or action runs, to a request that is no browser's: English, like the code.
const authText = translatorFor(DEFAULT_LOCALE, 'auth');

const CSP = 'Content-Security-Policy';

/**
 * For the root proxy.ts, on every page request: refuses a server action whose arguments carry a prototype
 * key (lib/http/prototype-keys.ts), gives the page its Content-Security-Policy with a fresh
 * nonce (Next.js reads it from the request and puts it on its scripts), and sends a page request that
 * carries no session token to the sign-in page, remembering the full path it asked for. Pages cannot see
 * their own URL, so this is where a deep link survives signing in. The token check is only the shortcut:
 * requireUser() still makes the real, database-backed decision (session row, user, role). Other methods
 * (server actions) pass through and get authedAction's 'unauthenticated'.
 */
export async function authProxy(request: NextRequest): Promise<NextResponse> {
  if (await isActionWithPrototypeKey(request)) {
    return NextResponse.json(
      { ok: false, error: { code: 'invalid_input', message: authText('reservedKey') } },
      { status: 400 },
    );
  }
  const config = getConfig();
  const policy = pageContentSecurityPolicy(createNonce(), { dev: config.nodeEnv === 'development' });
  const redirect = await signInRedirect(request);
  if (redirect) {
    redirect.headers.set(CSP, policy);
    return redirect;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(CSP, policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(CSP, policy);
  return response;
}

/** A server action call whose raw arguments hold a prototype key (React would drop `__proto__` unseen). */
async function isActionWithPrototypeKey(request: NextRequest): Promise<boolean> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await request.clone().formData();
    return [...form.values()].some((value) => typeof value === 'string' && jsonHasPrototypeKey(value));
  }
  return jsonHasPrototypeKey(await request.clone().text());
}

async function signInRedirect(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  if (request.nextUrl.pathname === '/sign-in') return null;
  const config = getConfig();
  const token = await getToken({
    req: request,
    secret: config.auth.secret,
    secureCookie: config.auth.url?.startsWith('https://') ?? false,
  });
  if (token) return null;
  const callbackUrl = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  return NextResponse.redirect(new URL(signInHref({ callbackUrl }), request.url));
}
