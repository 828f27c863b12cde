import 'server-only';
import { type NextRequest, NextResponse } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { getConfig } from '@/lib/config';
import { safeCallbackUrl } from './callback-url';

/**
 * For the root proxy.ts: sends a page request that carries no valid session token to the sign-in page,
 * remembering the full path it asked for. Pages cannot see their own URL, so this is where a deep link
 * survives signing in. It only checks the token; requireUser() still makes the real, database-backed
 * decision. Other methods (server actions) pass through and get authedAction's 'unauthenticated'.
 */
export async function authProxy(request: NextRequest): Promise<NextResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next();
  const config = getConfig();
  const token = await getToken({
    req: request,
    secret: config.auth.secret,
    secureCookie: config.auth.url?.startsWith('https://') ?? false,
  });
  if (token) return NextResponse.next();
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set(
    'callbackUrl',
    safeCallbackUrl(`${request.nextUrl.pathname}${request.nextUrl.search}`),
  );
  return NextResponse.redirect(signIn);
}
