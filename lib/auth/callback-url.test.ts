import { describe, expect, it } from 'vitest';
import { DEFAULT_CALLBACK_URL, safeCallbackUrl } from './callback-url';

describe('[AUTH][callbackUrl]', () => {
  it('keeps same-origin paths with their query and hash', () => {
    expect(safeCallbackUrl('/videos')).toBe('/videos');
    expect(safeCallbackUrl('/batches/42?status=conflict#items')).toBe('/batches/42?status=conflict#items');
    expect(safeCallbackUrl('/videos/../users')).toBe('/users');
  });

  it.each([
    'https://evil.example/videos',
    '//evil.example/videos',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/videos\u0000',
    '/\tevil',
    'videos',
    '',
    '/sign-in?callbackUrl=/videos',
    '/api/auth/signout',
    `/${'a'.repeat(3000)}`,
  ])('refuses %j', (value) => {
    expect(safeCallbackUrl(value)).toBe(DEFAULT_CALLBACK_URL);
  });

  it('refuses non-strings and uses the given fallback', () => {
    expect(safeCallbackUrl(undefined)).toBe(DEFAULT_CALLBACK_URL);
    expect(safeCallbackUrl(['/videos'])).toBe(DEFAULT_CALLBACK_URL);
    expect(safeCallbackUrl('https://evil.example', '/batches')).toBe('/batches');
  });
});
