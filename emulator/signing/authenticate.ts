import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Accounts, Credential } from '../accounts';
import { CLOCK_SKEW_MS } from '../decisions';
import { vodErrors } from '../errors';
import type { NonceCache } from './nonce-cache';
import { signatureV1, stringToSignV1, V1_SIGNATURE_METHOD, V1_SIGNATURE_VERSION } from './v1';
import { EMPTY_BODY_SHA256, parseAuthorizationV3, signatureV3, stringToSignV3 } from './v3';

/** Who made an authenticated request. */
export interface Principal {
  accountId: string;
  accessKeyId: string;
}

export interface SignedRequest {
  method: string;
  pathname: string;
  /** Decoded query parameters. */
  query: ReadonlyMap<string, string>;
  /** Query plus form-body parameters, decoded (V1 signs them all). */
  params: ReadonlyMap<string, string>;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

// Headers that must be covered by a V3 signature for the request to be replay-safe and bound to its host.
const REQUIRED_V3_HEADERS = [
  'host',
  'x-acs-action',
  'x-acs-content-sha256',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-version',
];
const SIGNED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Verifies V3 (ACS3-HMAC-SHA256) and V1 (HMAC-SHA1) signatures, STS tokens, the clock window and nonces. */
export class Authenticator {
  constructor(
    private readonly accounts: Accounts,
    private readonly nonces: NonceCache,
  ) {}

  authenticate(request: SignedRequest, now: number = Date.now()): Principal {
    const authorization = header(request.headers, 'authorization');
    if (authorization !== '') return this.verifyV3(request, authorization, now);
    if (request.params.has('Signature')) return this.verifyV1(request, now);
    throw vodErrors.incompleteSignature('The Authorization header or the Signature parameter is missing.');
  }

  private verifyV3(request: SignedRequest, authorization: string, now: number): Principal {
    const parsed = parseAuthorizationV3(authorization);
    if (!parsed) throw vodErrors.incompleteSignature('The Authorization header is malformed.');
    const signed = new Set(parsed.signedHeaders);
    const required = header(request.headers, 'x-acs-security-token')
      ? [...REQUIRED_V3_HEADERS, 'x-acs-security-token']
      : REQUIRED_V3_HEADERS;
    const unsigned = required.find((name) => !signed.has(name));
    if (unsigned) throw vodErrors.incompleteSignature(`The header ${unsigned} must be signed.`);

    const credential = this.credential(parsed.accessKeyId);
    checkTime(header(request.headers, 'x-acs-date'), now);
    const bodyHash = request.body.length === 0 ? EMPTY_BODY_SHA256 : sha256Hex(request.body);
    if (header(request.headers, 'x-acs-content-sha256') !== bodyHash) throw vodErrors.contentHashMismatch();

    const stringToSign = stringToSignV3(
      request.method,
      request.pathname,
      request.query,
      parsed.signedHeaders,
      (name) => header(request.headers, name),
      bodyHash,
    );
    if (!sameText(signatureV3(credential.secret, stringToSign), parsed.signature)) {
      throw vodErrors.signatureDoesNotMatch(stringToSign);
    }
    checkSecurityToken(credential, header(request.headers, 'x-acs-security-token'), now);
    this.claimNonce(credential, header(request.headers, 'x-acs-signature-nonce'), now);
    return { accountId: credential.accountId, accessKeyId: credential.accessKeyId };
  }

  private verifyV1(request: SignedRequest, now: number): Principal {
    const params = request.params;
    const accessKeyId = params.get('AccessKeyId');
    if (!accessKeyId) throw vodErrors.missingParameter('AccessKeyId');
    if (params.get('SignatureMethod') !== V1_SIGNATURE_METHOD) {
      throw vodErrors.incompleteSignature(`SignatureMethod must be ${V1_SIGNATURE_METHOD}.`);
    }
    if (params.get('SignatureVersion') !== V1_SIGNATURE_VERSION) {
      throw vodErrors.incompleteSignature(`SignatureVersion must be ${V1_SIGNATURE_VERSION}.`);
    }
    const credential = this.credential(accessKeyId);
    const timestamp = params.get('Timestamp');
    if (timestamp === undefined) throw vodErrors.missingParameter('Timestamp');
    checkTime(timestamp, now);

    const stringToSign = stringToSignV1(request.method, params);
    if (!sameText(signatureV1(credential.secret, stringToSign), params.get('Signature')!)) {
      throw vodErrors.signatureDoesNotMatch(stringToSign);
    }
    checkSecurityToken(credential, params.get('SecurityToken') ?? '', now);
    this.claimNonce(credential, params.get('SignatureNonce') ?? '', now);
    return { accountId: credential.accountId, accessKeyId: credential.accessKeyId };
  }

  private credential(accessKeyId: string): Credential {
    const credential = this.accounts.find(accessKeyId);
    if (!credential) throw vodErrors.accessKeyNotFound();
    return credential;
  }

  private claimNonce(credential: Credential, nonce: string, now: number): void {
    if (nonce === '') throw vodErrors.missingParameter('SignatureNonce');
    if (!this.nonces.claim(`${credential.accessKeyId}\n${nonce}`, now)) throw vodErrors.nonceUsed();
  }
}

function checkTime(value: string, now: number): void {
  if (value === '') throw vodErrors.missingParameter('Timestamp');
  const time = SIGNED_TIME.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw vodErrors.timestampFormat(value);
  if (Math.abs(now - time) > CLOCK_SKEW_MS) throw vodErrors.timestampExpired();
}

function checkSecurityToken(credential: Credential, token: string, now: number): void {
  if (credential.securityToken === null) return;
  if (token === '' || !sameText(token, credential.securityToken)) throw vodErrors.securityTokenMalformed();
  if (credential.expiresAt !== null && now > credential.expiresAt) throw vodErrors.securityTokenExpired();
}

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(',') : value;
}

function sha256Hex(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

// Constant-time comparison, so a caller cannot learn a signature byte by byte from response times.
function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
