export { authProxy as proxy } from '@/lib/auth/proxy';

// Pages only (sign-in included, for its nonce): API routes, Next's assets and files with an extension
// answer for themselves, with the fixed headers scripts/server.ts gives every response.
export const config = { matcher: ['/((?!api|_next|favicon.ico|.*\\..*).*)'] };
