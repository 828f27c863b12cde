import { verify } from '@node-rs/argon2';
import { describe, expect, it, vi } from 'vitest';
import { generatePassword, hashPassword, newPasswordSchema, verifyPassword } from './password';

// The real argon2, watched: which hash each check runs against.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const argon2 = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...argon2, verify: vi.fn(argon2.verify) };
});

describe('[AUTH][password]', () => {
  it('hashes with argon2id and a fresh salt each time', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password only', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword(null, 'correct horse battery')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'correct horse battery')).toBe(false);
  });

  it('runs the same full argon2id check for an unknown account as for a real one', async () => {
    // Same work, same time: timing cannot tell whether an email exists. (Asserted by what runs, not by a
    // stopwatch, which a busy machine makes flaky.)
    const stored = await hashPassword('correct horse battery');
    vi.mocked(verify).mockClear();
    expect(await verifyPassword(stored, 'wrong password')).toBe(false);
    expect(await verifyPassword(null, 'wrong password')).toBe(false);
    const [real, missing] = vi.mocked(verify).mock.calls.map(([hash]) => String(hash));
    const parameters = (hash: string) => hash.split('$').slice(1, 4).join('$');
    expect(vi.mocked(verify)).toHaveBeenCalledTimes(2);
    expect(missing).not.toBe(real);
    expect(parameters(missing!)).toBe(parameters(real!));
    expect(parameters(real!)).toBe('argon2id$v=19$m=19456,t=2,p=1');
  });

  it('generates passwords the policy accepts', () => {
    const password = generatePassword();
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(newPasswordSchema.safeParse(password).success).toBe(true);
    expect(newPasswordSchema.safeParse('short').success).toBe(false);
    expect(generatePassword()).not.toBe(password);
  });
});
