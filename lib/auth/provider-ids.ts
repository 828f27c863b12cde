/** The next-auth provider ids, shared by the server options and the sign-in form that calls signIn(). */
export const CREDENTIALS_PROVIDER_ID = 'credentials';
export const OIDC_PROVIDER_ID = 'oidc';
