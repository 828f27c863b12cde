import type { DefaultSession } from 'next-auth';

// What our callbacks put in the session and token (see lib/auth/options.ts). The role is not here on
// purpose: it is read from the database at every request.
declare module 'next-auth' {
  interface Session {
    user: { id: string; tokenVersion: number; sessionId: string } & DefaultSession['user'];
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    tv?: number;
    /** The session's row in the sessions table. */
    sid?: string;
  }
}
