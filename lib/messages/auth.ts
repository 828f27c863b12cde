/** auth texts (English). Keep every user-facing string of this area here. */
export const authMessages = {
  signInTitle: 'Sign in',
  signInIntro: 'Sign in to edit your video library.',
  emailLabel: 'Email',
  passwordLabel: 'Password',
  signInButton: 'Sign in',
  signingIn: 'Signing in…',
  signInWithSso: 'Sign in with single sign-on',
  passwordProviderName: 'Email and password',
  ssoProviderName: 'Single sign-on',
  orDivider: 'or',
  invalidCredentials: 'Email or password is incorrect',
  throttled: (seconds: number) =>
    `Too many failed attempts. Try again in ${seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`}.`,
  signInUnavailable: 'Sign-in is unavailable right now. Try again in a moment.',
  ssoDenied:
    'Single sign-on did not let you in. Your account may be disabled, or your identity provider gave no verified email.',
  demoAccountsTitle: 'Demo accounts (emulator only)',
  demoAccountsBody: (password: string) => `Every demo account uses the password “${password}”.`,
  passwordTooShort: (min: number) => `Password must be at least ${min} characters`,
  passwordTooLong: (max: number) => `Password must be at most ${max} characters`,
  passwordTooGuessable:
    'This password is too common or too easy to guess. Try a longer phrase of unrelated words.',
  unauthenticated: 'Your session has ended. Sign in again.',
  forbidden: 'Your role does not allow this.',
  invalidInput: 'Some values are not valid.',
  twoStepCodeLabel: 'Code from your authenticator app, or a recovery code',
  twoStepPrompt: 'Enter the code from your authenticator app (or one of your recovery codes).',
  twoStepInvalid: 'That code is not valid. Codes change every 30 seconds and each works once.',
  twoStepRequired: 'Set up two-step sign-in first: admins need it here.',
  reservedKey: 'The request contains a reserved key (__proto__, constructor or prototype).',
  internal: 'Something went wrong on the server. Try again; if it keeps happening, tell an admin.',
} as const;
