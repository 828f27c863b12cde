import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, needsEmbeddedEmulator } from './config';

const emulatorEnv = {
  VOD_EMULATOR: '1',
  VOD_ENDPOINT: '127.0.0.1:9100',
  VOD_PROTOCOL: 'http',
  ALIBABA_CLOUD_ACCESS_KEY_ID: 'demo-id',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'demo-secret',
  AUTH_SECRET: 'a'.repeat(32),
};
const SECRET = { AUTH_SECRET: 'b'.repeat(32) };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('[config] loading the environment', () => {
  it('reads the emulator mode the launcher sets up', () => {
    const config = loadConfig(emulatorEnv);
    expect(config.mode).toBe('emulator');
    expect(config.vod).toMatchObject({ endpoint: '127.0.0.1:9100', protocol: 'http' });
    expect(config.database.kind).toBe('pglite');
  });

  it('waits 15 minutes of VOD outage before a save gives up, unless told otherwise', () => {
    expect(loadConfig(emulatorEnv).saveOutageGiveUpMs).toBe(15 * 60_000);
    expect(loadConfig({ ...emulatorEnv, SAVE_OUTAGE_GIVE_UP_SECONDS: '120' }).saveOutageGiveUpMs).toBe(
      120_000,
    );
    expect(problemsOf({ ...emulatorEnv, SAVE_OUTAGE_GIVE_UP_MINUTES: '15' })).toEqual([
      expect.stringMatching(/^SAVE_OUTAGE_GIVE_UP_MINUTES was renamed: set SAVE_OUTAGE_GIVE_UP_SECONDS/),
    ]);
    expect(problemsOf({ ...emulatorEnv, SAVE_OUTAGE_GIVE_UP_SECONDS: '4' })[0]).toMatch(
      /^SAVE_OUTAGE_GIVE_UP_SECONDS /,
    );
  });

  it('derives the endpoint from the region for real VOD', () => {
    const config = loadConfig({
      ...SECRET,
      VOD_REGION: 'ap-southeast-1',
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'id',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret',
      DATABASE_URL: 'postgres://u@db/vod',
    });
    expect(config.mode).toBe('production');
    expect(config.vod).toMatchObject({ endpoint: 'vod.ap-southeast-1.aliyuncs.com', protocol: 'https' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db/vod' });
  });

  it('uses the default credential chain when only a region is given', () => {
    expect(loadConfig({ ...SECRET, VOD_REGION: 'cn-beijing' }).vod.credentials).toEqual({
      kind: 'default-chain',
    });
  });

  it('names the variable in one line when the protocol is wrong', () => {
    const problems = problemsOf({ ...emulatorEnv, VOD_PROTOCOL: 'ftp' });
    expect(problems).toEqual(["VOD_PROTOCOL must be 'https' or 'http'"]);
  });

  it('refuses credentials without an endpoint or region', () => {
    const problems = problemsOf({
      ...SECRET,
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'id',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^VOD_REGION is missing/);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({
      VOD_ENDPOINT: 'http://vod.example.com',
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
    });
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'VOD_ENDPOINT',
      'DATABASE_URL',
      'PORT',
    ]);
  });

  it('requires AUTH_SECRET in development and production alike: there is no built-in secret', () => {
    const real = {
      VOD_REGION: 'cn-shanghai',
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'id',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's',
    };
    for (const NODE_ENV of ['development', 'production']) {
      expect(problemsOf({ ...real, NODE_ENV })).toEqual([expect.stringMatching(/^AUTH_SECRET is missing/)]);
    }
    expect(loadConfig({ ...real, AUTH_SECRET: 'x'.repeat(32) }).auth.secret).toBe('x'.repeat(32));
  });

  it('trusts no proxy by default, and reads hops or addresses', () => {
    expect(loadConfig(emulatorEnv).trustedProxies).toEqual({ kind: 'none' });
    expect(loadConfig({ ...emulatorEnv, TRUSTED_PROXIES: '0' }).trustedProxies).toEqual({ kind: 'none' });
    expect(loadConfig({ ...emulatorEnv, TRUSTED_PROXIES: '2' }).trustedProxies).toEqual({
      kind: 'hops',
      hops: 2,
    });
    expect(loadConfig({ ...emulatorEnv, TRUSTED_PROXIES: '10.0.0.0/8, ::1' }).trustedProxies).toEqual({
      kind: 'addresses',
      addresses: ['10.0.0.0/8', '::1'],
    });
    for (const bad of ['yes', '10.0.0.0/33', '10.0.0.1,nope', '11']) {
      expect(problemsOf({ ...emulatorEnv, TRUSTED_PROXIES: bad })[0]).toMatch(/^TRUSTED_PROXIES must be/);
    }
  });

  it('never lets the emulator flag point at a remote host', () => {
    expect(problemsOf({ ...emulatorEnv, VOD_ENDPOINT: 'vod.cn-shanghai.aliyuncs.com' })[0]).toMatch(
      /^VOD_EMULATOR=1 needs/,
    );
  });

  it('asks for the launcher when nothing names a VOD account', () => {
    expect(needsEmbeddedEmulator({})).toBe(true);
    expect(needsEmbeddedEmulator({ VOD_REGION: 'cn-shanghai' })).toBe(false);
    expect(problemsOf({})[0]).toMatch(/^VOD_ENDPOINT is not set/);
  });

  it('keeps the secret out of the error text', () => {
    const problems = problemsOf({
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'top-secret-value',
      VOD_REGION: 'cn-shanghai',
    });
    expect(problems.join('\n')).not.toContain('top-secret-value');
  });
});
