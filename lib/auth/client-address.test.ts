import { describe, expect, it } from 'vitest';
import type { TrustedProxies } from '@/lib/config';
import { clientAddress, resolveClientAddress, stampClientAddress } from './client-address';

const none = { kind: 'none' } as const;

describe('[AUTH][client address]', () => {
  it('trusts no forwarded address by default: the socket is the client', () => {
    expect(resolveClientAddress('203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:127.0.0.1', undefined, none)).toBe('127.0.0.1');
  });

  it('with N trusted hops, takes the entry the outermost trusted proxy saw', () => {
    const one = { kind: 'hops', hops: 1 } as const;
    expect(resolveClientAddress('10.0.0.2', 'spoofed, 198.51.100.7', one)).toBe('198.51.100.7');
    expect(resolveClientAddress('10.0.0.2', undefined, one)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, 2.2.2.2, 3.3.3.3', { kind: 'hops', hops: 2 })).toBe(
      '2.2.2.2',
    );
  });

  it('with trusted addresses, walks back past them to the first untrusted hop', () => {
    const trust: TrustedProxies = { kind: 'addresses', addresses: ['10.0.0.0/8', '2001:db8::1'] };
    expect(resolveClientAddress('10.0.0.2', '6.6.6.6, 198.51.100.7, 10.1.1.1', trust)).toBe('198.51.100.7');
    expect(resolveClientAddress('2001:db8::1', '198.51.100.8', trust)).toBe('198.51.100.8');
    expect(resolveClientAddress('192.0.2.1', '198.51.100.7', trust)).toBe('192.0.2.1');
  });

  it('refuses what is not an address', () => {
    expect(resolveClientAddress('10.0.0.2', 'not-an-ip', { kind: 'hops', hops: 1 })).toBeNull();
    expect(resolveClientAddress(undefined, '1.2.3.4', none)).toBeNull();
  });

  it('reads only an address our server stamped, never one the client sent', () => {
    expect(clientAddress({ 'x-vod-client-address': 'guess 1.2.3.4' })).toBeNull();
    const headers: Record<string, string> = { 'x-vod-client-address': 'forged 6.6.6.6' };
    stampClientAddress(headers, '192.0.2.5', none);
    expect(clientAddress(headers)).toBe('192.0.2.5');
    expect(clientAddress(new Headers(headers))).toBe('192.0.2.5');
  });
});
