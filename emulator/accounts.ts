import { randomBytes } from 'node:crypto';
import {
  DEMO_ACCOUNT_ID,
  DEMO_SECURITY_TOKEN,
  DEMO_STS_ACCESS_KEY_ID,
  DEMO_STS_ACCESS_KEY_SECRET,
} from './demo-account';

/** An access key of an account: a permanent AccessKey pair, or an STS credential with its token. */
export interface Credential {
  accessKeyId: string;
  secret: string;
  accountId: string;
  securityToken: string | null;
  /** Epoch ms after which an STS token is refused; null for permanent keys and the fixed demo token. */
  expiresAt: number | null;
}

export interface IssuedStsCredential {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken: string;
  expiration: string;
}

/** The emulator's single account (the demo account) and every key that belongs to it. */
export class Accounts {
  private readonly credentials = new Map<string, Credential>();

  constructor(demoKey: { accessKeyId: string; accessKeySecret: string }) {
    this.add({
      accessKeyId: demoKey.accessKeyId,
      secret: demoKey.accessKeySecret,
      accountId: DEMO_ACCOUNT_ID,
      securityToken: null,
      expiresAt: null,
    });
    this.add({
      accessKeyId: DEMO_STS_ACCESS_KEY_ID,
      secret: DEMO_STS_ACCESS_KEY_SECRET,
      accountId: DEMO_ACCOUNT_ID,
      securityToken: DEMO_SECURITY_TOKEN,
      expiresAt: null,
    });
  }

  find(accessKeyId: string): Credential | undefined {
    return this.credentials.get(accessKeyId);
  }

  /** Issues a fresh STS credential for the demo account, as AssumeRole would. */
  issueSts(durationSeconds: number, now: number = Date.now()): IssuedStsCredential {
    const credential: Credential = {
      accessKeyId: `STS.${randomBytes(12).toString('hex')}`,
      secret: randomBytes(20).toString('base64url'),
      accountId: DEMO_ACCOUNT_ID,
      securityToken: randomBytes(48).toString('base64url'),
      expiresAt: now + durationSeconds * 1000,
    };
    this.add(credential);
    return {
      accessKeyId: credential.accessKeyId,
      accessKeySecret: credential.secret,
      securityToken: credential.securityToken!,
      expiration: new Date(credential.expiresAt!).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
  }

  private add(credential: Credential): void {
    this.credentials.set(credential.accessKeyId, credential);
  }
}
