import { describe, expect, it } from 'vitest';
import { authMessages } from '@/lib/messages/auth';
import { signInErrorCode, signInErrorMessage } from './sign-in-errors';

describe('[AUTH][sign-in errors]', () => {
  it('turns a throttle code into a wait message', () => {
    expect(signInErrorMessage(signInErrorCode.throttled(30))).toBe(
      'Too many failed attempts. Try again in 30 seconds.',
    );
    expect(signInErrorMessage(signInErrorCode.throttled(600))).toBe(
      'Too many failed attempts. Try again in 10 minutes.',
    );
  });

  it('shows one generic message for every credentials failure', () => {
    for (const code of ['CredentialsSignin', 'anything else', 'throttled:abc']) {
      expect(signInErrorMessage(code)).toBe(authMessages.invalidCredentials);
    }
    expect(authMessages.invalidCredentials).toBe('Email or password is incorrect');
    expect(signInErrorMessage(null)).toBeNull();
    expect(signInErrorMessage(signInErrorCode.unavailable)).toBe(authMessages.signInUnavailable);
  });
});
