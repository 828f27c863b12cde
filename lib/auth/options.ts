import 'server-only';
import { headers } from 'next/headers';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { getConfig, type OidcConfig } from '@/lib/config';
import { getUserById, getUserByOidcSubject } from '@/lib/db/queries/users';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { DEFAULT_CALLBACK_URL, safeCallbackUrl } from './callback-url';
import { clientAddress } from './client-address';
import { checkCredentials } from './credentials';
import { ensureDemoAccounts } from './demo-accounts';
import { provisionOidcUser } from './oidc';
import { CREDENTIALS_PROVIDER_ID, OIDC_PROVIDER_ID } from './provider-ids';
import { endSession, startSession } from './sessions';
import { signInErrorCode } from './sign-in-errors';

// Never shown to people (the app has its own sign-in page): next-auth wants names for its providers.
const authText = translatorFor(DEFAULT_LOCALE, 'auth');

// A working day and then some, and an absolute end: the session row expires then whatever the cookie says.
// A sign-out, a disabled user or a changed role takes effect at the next request anyway.
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

let cached: AuthOptions | undefined;

/** The next-auth configuration, built once from the app configuration. */
export function getAuthOptions(): AuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}

function buildAuthOptions(): AuthOptions {
  const config = getConfig();
  const oidc = config.auth.oidc;
  return {
    secret: config.auth.secret,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: config.auth.url?.startsWith('https://') ?? false,
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        id: CREDENTIALS_PROVIDER_ID,
        name: authText('passwordProviderName'),
        credentials: {
          email: { label: authText('emailLabel'), type: 'email' },
          password: { label: authText('passwordLabel'), type: 'password' },
          code: { label: authText('twoStepCodeLabel'), type: 'text' },
        },
        async authorize(credentials, request) {
          // Whatever goes wrong, only a code reaches the browser: next-auth puts a thrown message in the URL.
          try {
            await ensureDemoAccounts(config.mode);
            const result = await checkCredentials(credentials, clientAddress(request.headers ?? {}));
            if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
            if (result.reason === 'throttled')
              throw new SignInRefusal(signInErrorCode.throttled(result.retryAfterSeconds));
            if (result.reason === 'two_step_required')
              throw new SignInRefusal(signInErrorCode.twoStepRequired);
            if (result.reason === 'two_step_invalid') throw new SignInRefusal(signInErrorCode.twoStepInvalid);
            return null;
          } catch (error) {
            if (error instanceof SignInRefusal) throw error;
            console.error('[auth] password sign-in failed unexpectedly:', error);
            throw new SignInRefusal(signInErrorCode.unavailable);
          }
        },
      }),
      ...(oidc ? [oidcProvider(oidc)] : []),
    ],
    events: {
      async signOut({ token }) {
        await endSession(token, clientAddress(await headers()));
      },
    },
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        if (!oidc || !profile) return false;
        const claims = profile as Record<string, unknown>;
        const user = await provisionOidcUser(
          {
            subject: account.providerAccountId,
            email: typeof claims.email === 'string' ? claims.email : null,
            emailVerified: typeof claims.email_verified === 'boolean' ? claims.email_verified : null,
            name: typeof claims.name === 'string' ? claims.name : null,
            claims,
          },
          oidc,
          clientAddress(await headers()),
        );
        return user !== null;
      },
      async jwt({ token, user, account }) {
        // Only at sign-in is there an account; later requests keep the token as it is.
        if (!account) return token;
        const row =
          account.provider === OIDC_PROVIDER_ID
            ? await getUserByOidcSubject(account.providerAccountId)
            : await getUserById(user.id);
        if (!row) throw new Error('Signed-in user not found');
        const sid = await startSession(row.id, SESSION_MAX_AGE_SECONDS);
        return { sub: row.id, email: row.email, name: row.name, tv: row.tokenVersion, sid };
      },
      session({ session, token }) {
        return {
          expires: session.expires,
          user: {
            id: token.sub ?? '',
            email: token.email,
            name: token.name,
            tokenVersion: token.tv ?? -1,
            sessionId: token.sid ?? '',
          },
        };
      },
      redirect({ url, baseUrl }) {
        if (url.startsWith('/')) return `${baseUrl}${safeCallbackUrl(url)}`;
        try {
          const target = new URL(url);
          if (target.origin === new URL(baseUrl).origin) {
            return `${baseUrl}${safeCallbackUrl(`${target.pathname}${target.search}${target.hash}`)}`;
          }
        } catch {
          // Not a URL at all: fall through to the default.
        }
        return `${baseUrl}${DEFAULT_CALLBACK_URL}`;
      },
    },
  };
}

function oidcProvider(oidc: OidcConfig): OAuthConfig<Record<string, unknown>> {
  return {
    id: OIDC_PROVIDER_ID,
    name: authText('ssoProviderName'),
    type: 'oauth',
    wellKnown: `${oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    issuer: oidc.issuer,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state', 'nonce'],
    profile(profile) {
      return {
        id: String(profile.sub),
        email: typeof profile.email === 'string' ? profile.email : null,
        name: typeof profile.name === 'string' ? profile.name : null,
      };
    },
  };
}

/** A sign-in refusal whose message is a code from sign-in-errors.ts, safe to put in a URL. */
class SignInRefusal extends Error {}
