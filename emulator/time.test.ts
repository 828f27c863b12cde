import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWireTime, normalizeWireTime } from './time';

describe('[EMULATOR][TIME]', () => {
  it('formats exactly like toISOString without milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000_000_000_000, max: 250_000_000_000_000 }), (ms) => {
        expect(formatWireTime(ms)).toBe(`${new Date(ms).toISOString().slice(0, 19)}Z`);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalizes wire times and epoch milliseconds, and refuses anything else', () => {
    expect(normalizeWireTime('2024-02-29T23:59:59Z')).toBe('2024-02-29T23:59:59Z');
    expect(normalizeWireTime('2024-02-29T23:59:59.999Z')).toBe('2024-02-29T23:59:59Z');
    expect(normalizeWireTime('0')).toBe('1970-01-01T00:00:00Z');
    expect(normalizeWireTime('2024-02-30')).toBeNull();
    expect(normalizeWireTime('yesterday')).toBeNull();
  });
});
