import { describe, expect, it } from 'vitest';
import { DEFAULT_CALLBACK_URL } from './callback-url';
import { parseSignInParams, signInHref } from './sign-in-params';

const paramsOf = (href: string) => Object.fromEntries(new URL(href, 'http://app.test').searchParams);

describe('sign-in URL params', () => {
  it('round-trip the callback (with its own query) and the password-changed note', () => {
    const href = signInHref({ callbackUrl: '/videos?q=cat%20food&status=Normal,Blocked' });
    expect(href).toBe('/sign-in?callbackUrl=%2Fvideos%3Fq%3Dcat%2520food%26status%3DNormal%2CBlocked');
    expect(parseSignInParams(paramsOf(href))).toEqual({
      callbackUrl: '/videos?q=cat%20food&status=Normal,Blocked',
      passwordChanged: false,
      error: null,
    });
    expect(parseSignInParams(paramsOf(signInHref({ passwordChanged: true })))).toEqual({
      callbackUrl: DEFAULT_CALLBACK_URL,
      passwordChanged: true,
      error: null,
    });
    expect(signInHref({})).toBe('/sign-in');
  });

  it('never writes or reads an off-site callback: it falls back to the default landing page', () => {
    for (const hostile of ['https://evil.test/x', '//evil.test', '/\\evil.test', 'javascript:alert(1)', '']) {
      expect(signInHref({ callbackUrl: hostile })).toBe(
        `/sign-in?callbackUrl=${encodeURIComponent(DEFAULT_CALLBACK_URL)}`,
      );
      expect(parseSignInParams({ callbackUrl: hostile }).callbackUrl).toBe(DEFAULT_CALLBACK_URL);
    }
  });

  it('reads hostile or repeated values as absent or as plain text, never throwing', () => {
    expect(
      parseSignInParams({ passwordChanged: '<script>', callbackUrl: ['/users', '//evil.test'], page: 'abc' }),
    ).toEqual({ callbackUrl: '/users', passwordChanged: false, error: null });
    expect(parseSignInParams({ error: 'x'.repeat(500) }).error).toHaveLength(100);
    expect(parseSignInParams({ error: '' }).error).toBeNull();
  });
});
