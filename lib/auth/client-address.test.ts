import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('[AUTH][client address]', () => {
  it('takes the rightmost forwarded address, the one the nearest proxy saw', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientAddress({ 'x-forwarded-for': '198.51.100.7' })).toBe('198.51.100.7');
  });

  it('unwraps IPv4-mapped IPv6 and accepts IPv6', () => {
    expect(clientAddress({ 'x-forwarded-for': '::ffff:127.0.0.1' })).toBe('127.0.0.1');
    expect(clientAddress({ 'x-forwarded-for': '2001:db8::1' })).toBe('2001:db8::1');
  });

  it('falls back to x-real-ip and refuses what is not an address', () => {
    expect(clientAddress({ 'x-real-ip': '192.0.2.5' })).toBe('192.0.2.5');
    expect(clientAddress({ 'x-forwarded-for': 'not-an-ip' })).toBeNull();
    expect(clientAddress({})).toBeNull();
  });
});
