import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('[AUTH][password policy]', () => {
  it('refuses short passwords, whatever their strength', () => {
    expect(checkPassword('x9$Lq!2vZ#a')).toEqual({
      ok: false,
      message: expect.stringMatching(/at least 12/),
    });
  });

  it('refuses common and guessable passwords of any length', () => {
    for (const weak of [
      'password1234',
      'qwertyuiop123',
      '123456789012',
      'iloveyou2024!',
      'aaaaaaaaaaaaaaaa',
    ]) {
      expect(checkPassword(weak), weak).toMatchObject({
        ok: false,
        message: expect.stringMatching(/too common/),
      });
    }
  });

  it("refuses the account's own email or name", () => {
    expect(checkPassword('root@example.com!', ['root@example.com'])).toMatchObject({ ok: false });
    expect(checkPassword('margaret.hamilton1', ['margaret.hamilton@example.com'])).toMatchObject({
      ok: false,
    });
  });

  it('accepts a long phrase without any composition rule', () => {
    expect(checkPassword('quartz lantern meadow 42')).toEqual({ ok: true });
    expect(checkPassword('velvet otter juggles ginger')).toEqual({ ok: true });
  });
});
