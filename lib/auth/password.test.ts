import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, newPasswordSchema, verifyPassword } from './password';

async function medianMs(run: () => Promise<unknown>, times: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(times / 2)] ?? 0;
}

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

  it('takes as long for an unknown account as for a real one', async () => {
    const stored = await hashPassword('correct horse battery');
    await verifyPassword(null, 'warm-up');
    const real = await medianMs(() => verifyPassword(stored, 'wrong password'), 5);
    const missing = await medianMs(() => verifyPassword(null, 'wrong password'), 5);
    expect(missing / real).toBeGreaterThan(0.5);
    expect(missing / real).toBeLessThan(2);
  });

  it('generates passwords the policy accepts', () => {
    const password = generatePassword();
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(newPasswordSchema.safeParse(password).success).toBe(true);
    expect(newPasswordSchema.safeParse('short').success).toBe(false);
    expect(generatePassword()).not.toBe(password);
  });
});
