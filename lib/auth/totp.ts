import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { getConfig } from '@/lib/config';
import { en } from '@/lib/i18n/messages/en';

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s) as authenticator apps expect it, and the protection of its secret
 * at rest: AES-256-GCM under a key derived from AUTH_SECRET, so a copy of the database alone does not
 * yield anyone's second factor. Changing AUTH_SECRET therefore means everyone enrols again.
 */

const PERIOD_SECONDS = 30;
const SEALED_VERSION = 'v1';

function totpFor(secretBase32: string, label = ''): TOTP {
  return new TOTP({
    // The product's name as authenticator apps list it; the same in every language.
    issuer: en.common.appName,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random 160-bit TOTP secret, in base32 as authenticator apps take it. */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app imports (as text or a QR code). */
export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

/**
 * The time step a code is valid for (the current one or either neighbour, for clock drift), or null.
 * Only steps after `lastStep` count, so a code that was used once cannot be used again.
 */
export function matchTotp(
  secretBase32: string,
  code: string,
  lastStep: number | null,
  now: Date,
): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

function key(): Buffer {
  return Buffer.from(hkdfSync('sha256', getConfig().auth.secret, '', 'vod-bulk-editor totp secret', 32));
}

/** Encrypts a TOTP secret for storage. */
export function sealTotpSecret(secretBase32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const sealed = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
  return [SEALED_VERSION, iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Decrypts a stored TOTP secret; null when it cannot be (another AUTH_SECRET, a damaged value). */
export function openTotpSecret(stored: string): string | null {
  const [version, iv, tag, sealed] = stored.split('.');
  if (version !== SEALED_VERSION || !iv || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}
