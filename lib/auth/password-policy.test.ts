import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('[AUTH][POLICY] checkPassword', () => {
  it('refuses fewer than 12 characters and accepts 12', () => {
    expect(checkPassword('abcdefghijk')).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPassword('abcdefghijkl')).toEqual({ ok: true });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('🐱'.repeat(11))).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPassword('猫'.repeat(12))).toEqual({ ok: true });
  });

  it('refuses a password longer than the hashing cap', () => {
    expect(checkPassword('a'.repeat(257))).toEqual({ ok: false, reason: 'too_long' });
  });
});
