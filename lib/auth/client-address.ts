import { isIP } from 'node:net';

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * The client's address for backoff and the audit trail. Next.js fills x-forwarded-for with the socket
 * address when no proxy set it; behind a proxy we take the rightmost entry, the one the nearest proxy added,
 * since entries to its left are whatever the client claimed.
 */
export function clientAddress(headers: HeaderSource): string | null {
  const forwarded = readHeader(headers, 'x-forwarded-for');
  const candidate = forwarded?.split(',').at(-1)?.trim() ?? readHeader(headers, 'x-real-ip')?.trim();
  if (!candidate) return null;
  const address = candidate.startsWith('::ffff:') ? candidate.slice(7) : candidate;
  return isIP(address) ? address : null;
}
