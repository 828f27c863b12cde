import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { signInErrorCode, signInErrorMessage } from './sign-in-errors';

const en = translatorFor('en', 'auth');
const zh = translatorFor('zh-CN', 'auth');

describe('[AUTH][sign-in errors]', () => {
  it('turns a throttle code into a wait message', () => {
    expect(signInErrorMessage(en, signInErrorCode.throttled(30))).toBe(
      'Too many failed attempts. Try again in 30 seconds.',
    );
    expect(signInErrorMessage(en, signInErrorCode.throttled(600))).toBe(
      'Too many failed attempts. Try again in 10 minutes.',
    );
    expect(signInErrorMessage(zh, signInErrorCode.throttled(600))).toBe('失败次数过多，请在 10 分钟后重试。');
  });

  it('shows one generic message for every credentials failure', () => {
    for (const code of ['CredentialsSignin', 'anything else', 'throttled:abc']) {
      expect(signInErrorMessage(en, code)).toBe('Email or password is incorrect');
      expect(signInErrorMessage(zh, code)).toBe('邮箱或密码不正确');
    }
    expect(signInErrorMessage(en, null)).toBeNull();
    expect(signInErrorMessage(en, signInErrorCode.unavailable)).toBe(
      'Sign-in is unavailable right now. Try again in a moment.',
    );
  });
});
