export { authProxy as proxy } from '@/lib/auth/proxy';

// Pages only: API routes, sign-in, Next's assets and files with an extension answer for themselves.
export const config = { matcher: ['/((?!api|sign-in|_next|favicon.ico|.*\\..*).*)'] };
