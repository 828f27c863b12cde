import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmulatorControl } from '../control-client';
import { DEMO_STS_ACCESS_KEY_ID, DEMO_STS_ACCESS_KEY_SECRET } from '../demo-account';
import { type RunningEmulator, startEmulator } from '../server';
import { NonceCache } from '../signing/nonce-cache';
import { signatureV1, stringToSignV1 } from '../signing/v1';
import { formatWireTime } from '../time';
import { alterSignature, errorOf, openApiCaller, rawFetch, rawV3 } from './support';

let emulator: RunningEmulator;
let control: EmulatorControl;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, videos: 50, seed: 3, quiet: true });
  control = new EmulatorControl(emulator.url);
});
afterAll(() => emulator.close());

const categories = { action: 'GetCategories', query: { CateId: '-1' } };

describe('[EMULATOR][SIGNING] ACS3-HMAC-SHA256', () => {
  it('accepts a correctly signed request', async () => {
    const response = await rawV3(emulator, categories);
    expect(response.status).toBe(200);
    expect(response.json.SubTotal).toBeGreaterThan(0);
  });

  it('answers SignatureDoesNotMatch when one byte of the signature changes', async () => {
    const response = await rawV3(emulator, { ...categories, tamper: alterSignature });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ Code: 'SignatureDoesNotMatch' });
    expect(Object.keys(response.json).sort()).toEqual([
      'Code',
      'HostId',
      'Message',
      'Recommend',
      'RequestId',
    ]);
    expect(response.headers.get('content-type')).toBe('application/json;charset=utf-8');
  });

  it('answers SignatureNonceUsed when a nonce is replayed', async () => {
    const nonce = 'replayed-nonce-0123456789abcdef';
    expect((await rawV3(emulator, { ...categories, nonce })).status).toBe(200);
    const replay = await rawV3(emulator, { ...categories, nonce });
    expect(replay.status).toBe(400);
    expect(replay.json.Code).toBe('SignatureNonceUsed');
  });

  it('checks the clock window and the date format', async () => {
    const old = await rawV3(emulator, { ...categories, date: formatWireTime(Date.now() - 16 * 60_000) });
    expect(old.json.Code).toBe('InvalidTimeStamp.Expired');
    const ahead = await rawV3(emulator, { ...categories, date: formatWireTime(Date.now() + 16 * 60_000) });
    expect(ahead.json.Code).toBe('InvalidTimeStamp.Expired');
    const malformed = await rawV3(emulator, { ...categories, date: 'yesterday' });
    expect(malformed.json.Code).toBe('InvalidTimeStamp.Format');
  });

  it('binds the body through x-acs-content-sha256', async () => {
    const form = { ...categories, body: 'PageSize=1', contentType: 'application/x-www-form-urlencoded' };
    const signed = await rawV3(emulator, form);
    expect(signed.status).toBe(200);
    expect(signed.json.SubCategories.Category).toHaveLength(1);
    const swapped = await rawV3(emulator, { ...form, sentBody: 'PageSize=2' });
    expect(swapped.status).toBe(400);
    expect(swapped.json.Code).toBe('SignatureDoesNotMatch');
  });

  it('refuses unknown keys, missing signatures and unsigned required headers', async () => {
    const unknown = await rawV3(emulator, {
      ...categories,
      key: { accessKeyId: 'nobody', accessKeySecret: 'x' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json.Code).toBe('InvalidAccessKeyId.NotFound');

    const anonymous = await rawFetch(`${emulator.url}/?Action=GetCategories&Version=2017-03-21`);
    expect(anonymous.json.Code).toBe('IncompleteSignature');

    const partial = await rawV3(emulator, {
      ...categories,
      tamper: (auth) => auth.replace('x-acs-date;', ''),
    });
    expect(partial.json.Code).toBe('IncompleteSignature');
  });

  it('checks STS tokens, including expiry', async () => {
    const wrongToken = await rawV3(emulator, {
      ...categories,
      key: {
        accessKeyId: DEMO_STS_ACCESS_KEY_ID,
        accessKeySecret: DEMO_STS_ACCESS_KEY_SECRET,
        securityToken: 'forged',
      },
    });
    expect(wrongToken.json.Code).toBe('InvalidSecurityToken.Malformed');

    const issued = await control.issueSts(1);
    const key = {
      accessKeyId: issued.accessKeyId,
      accessKeySecret: issued.accessKeySecret,
      securityToken: issued.securityToken,
    };
    expect((await rawV3(emulator, { ...categories, key })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const expired = await errorOf(openApiCaller(emulator, 'v3', key)('GetCategories', {}));
    expect(expired.code).toBe('InvalidSecurityToken.Expired');
  });
});

describe('[EMULATOR][SIGNING] RPC V1', () => {
  function v1Url(params: Record<string, string>, secret = emulator.accessKeySecret): string {
    const all = new Map(Object.entries(params));
    all.set('Signature', signatureV1(secret, stringToSignV1('GET', all)));
    return `${emulator.url}/?${new URLSearchParams([...all]).toString()}`;
  }
  const common = () => ({
    Action: 'GetCategories',
    Version: '2017-03-21',
    Format: 'JSON',
    AccessKeyId: emulator.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: Math.random().toString(36).slice(2),
    Timestamp: formatWireTime(Date.now()),
  });

  it('verifies a GET query signature, including one altered byte and a replay', async () => {
    const params = common();
    const url = v1Url(params);
    expect((await rawFetch(url)).status).toBe(200);
    expect((await rawFetch(url)).json.Code).toBe('SignatureNonceUsed');
    const altered = v1Url({ ...common(), CateId: '-1' }).replace(
      /Signature=(.)/,
      (_m, c: string) => `Signature=${c === 'A' ? 'B' : 'A'}`,
    );
    expect((await rawFetch(altered)).json.Code).toBe('SignatureDoesNotMatch');
  });

  it('rejects the wrong secret through the real client', async () => {
    const wrong = openApiCaller(emulator, 'v1', {
      accessKeyId: emulator.accessKeyId,
      accessKeySecret: 'wrong-secret',
    });
    expect((await errorOf(wrong('GetCategories', {}))).code).toBe('SignatureDoesNotMatch');
    const wrongV3 = openApiCaller(emulator, 'v3', {
      accessKeyId: emulator.accessKeyId,
      accessKeySecret: 'wrong-secret',
    });
    expect((await errorOf(wrongV3('GetCategories', {}))).code).toBe('SignatureDoesNotMatch');
  });
});

describe('[EMULATOR][SIGNING] nonce cache', () => {
  it('remembers a nonce for the whole retention window, then forgets it', () => {
    const cache = new NonceCache(1000, 0);
    expect(cache.claim('n', 0)).toBe(true);
    expect(cache.claim('n', 999)).toBe(false);
    expect(cache.claim('n', 1500)).toBe(false);
    expect(cache.claim('m', 2600)).toBe(true);
    expect(cache.claim('n', 2600)).toBe(true);
  });
});
