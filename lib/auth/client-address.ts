import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { BlockList, isIP } from 'node:net';
import type { TrustedProxies } from '@/lib/config';

/**
 * The client's address for sign-in throttling and the audit trail. Next.js hands route code only headers,
 * and fills X-Forwarded-For with the socket address only when the client sent none, so a client could
 * name any address. Our HTTP server (scripts/server.ts) therefore resolves the address from the socket and
 * the proxies the configuration trusts, and passes it in a header of its own, tagged with a random token
 * of this process: a client cannot forge it, and without our server no address is trusted at all.
 */

const HEADER = 'x-vod-client-address';
const TOKEN_KEY = Symbol.for('vod-bulk-editor.client-address-token');

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** The client address behind a socket address and an X-Forwarded-For value, given who may set the latter. */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trust: TrustedProxies,
): string | null {
  const socket = normalize(socketAddress);
  if (trust.kind === 'none' || !socket) return socket;
  // Nearest hop last: what each proxy appended, then the peer that connected to us.
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    socket,
  ];
  if (trust.kind === 'hops') {
    return normalize(chain[Math.max(0, chain.length - 1 - trust.hops)]);
  }
  const trusted = blockListOf(trust.addresses);
  for (let i = chain.length - 1; i > 0; i--) {
    const hop = normalize(chain[i]);
    if (!hop || !trusted.check(hop, isIP(hop) === 6 ? 'ipv6' : 'ipv4')) return hop;
  }
  return normalize(chain[0]);
}

/** For the HTTP server: replaces any client-sent copy of the address header with the resolved address. */
export function stampClientAddress(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  trust: TrustedProxies,
): void {
  const forwarded = headers['x-forwarded-for'];
  const address = resolveClientAddress(
    socketAddress,
    Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
    trust,
  );
  headers[HEADER] = `${processToken()} ${address ?? ''}`;
}

/** The resolved client address of a request, or null when our server did not resolve it. */
export function clientAddress(headers: HeaderSource): string | null {
  const token = (globalThis as Record<symbol, string | undefined>)[TOKEN_KEY];
  const raw = headers instanceof Headers ? headers.get(HEADER) : headers[HEADER];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!token || !value) return null;
  const [sent, address] = value.split(' ');
  return sent === token && address ? normalize(address) : null;
}

function processToken(): string {
  const store = globalThis as Record<symbol, string | undefined>;
  store[TOKEN_KEY] ??= randomBytes(18).toString('base64url');
  return store[TOKEN_KEY];
}

function normalize(candidate: string | undefined): string | null {
  if (!candidate) return null;
  const address = candidate.startsWith('::ffff:') ? candidate.slice(7) : candidate;
  return isIP(address) ? address : null;
}

const blockLists = new Map<string, BlockList>();

function blockListOf(entries: string[]): BlockList {
  const key = entries.join(',');
  let list = blockLists.get(key);
  if (!list) {
    list = new BlockList();
    for (const entry of entries) {
      const [address = '', bits] = entry.split('/');
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(bits), type);
    }
    blockLists.set(key, list);
  }
  return list;
}
