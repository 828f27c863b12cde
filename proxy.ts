import type { NextRequest } from 'next/server';
import { authProxy } from '@/lib/auth/proxy';
import { refuseActionBody } from '@/lib/http/action-body';

/** Refuses server action bodies that must not reach an action, then checks the session of page requests. */
export async function proxy(request: NextRequest) {
  return (await refuseActionBody(request)) ?? authProxy(request);
}

// Pages only (sign-in included, for its nonce): API routes, Next's assets and files with an extension
// answer for themselves, with the fixed headers scripts/server.ts gives every response.
export const config = { matcher: ['/((?!api|_next|favicon.ico|.*\\..*).*)'] };
