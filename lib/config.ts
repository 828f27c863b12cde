import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Everything the app can be configured with is parsed here once, and a
 * bad environment is reported as one line per problem, naming the variable and how to fix it.
 */

export type AppMode = 'emulator' | 'production';

export type VodCredentials =
  | { kind: 'static'; accessKeyId: string; accessKeySecret: string; securityToken?: string }
  | { kind: 'default-chain' };

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claim whose value ('viewer' | 'editor' | 'admin') is the user's role. */
  roleClaim: string;
  adminEmails: string[];
  editorEmails: string[];
}

/** Who may set X-Forwarded-For: nobody (the socket is the client), the nearest N proxies, or these addresses. */
export type TrustedProxies =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'addresses'; addresses: string[] };

export interface AppConfig {
  mode: AppMode;
  nodeEnv: 'development' | 'production' | 'test';
  vod: {
    endpoint: string;
    protocol: 'http' | 'https';
    regionId: string;
    credentials: VodCredentials;
    connectTimeoutMs: number;
    readTimeoutMs: number;
    maxAttempts: number;
  };
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  auth: {
    secret: string;
    url: string | undefined;
    oidc: OidcConfig | undefined;
    /** Admins must enrol a second factor before they can do anything else. */
    requireAdminMfa: boolean;
  };
  trustedProxies: TrustedProxies;
  port: number;
  maxSaveVideos: number;
  /** How long a save waits for VOD while it is unreachable or failing before its videos end failed (ms). */
  saveOutageGiveUpMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const DEFAULT_REGION = 'cn-shanghai';
const HOST_PORT = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/;
const LOOPBACK_HOST = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/;

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const intIn = (min: number, max: number, fallback: number) =>
  optionalText
    .pipe(
      z
        .string()
        .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
        .transform(Number)
        .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
        .optional(),
    )
    .transform((value) => value ?? fallback);

const envSchema = z.object({
  NODE_ENV: optionalText.pipe(z.enum(['development', 'production', 'test']).optional()),
  VOD_ENDPOINT: optionalText.pipe(
    z
      .string()
      .regex(HOST_PORT, 'must be host or host:port, without a scheme (e.g. vod.cn-shanghai.aliyuncs.com)')
      .optional(),
  ),
  VOD_PROTOCOL: optionalText.pipe(
    z.enum(['http', 'https'], { error: "must be 'https' or 'http'" }).optional(),
  ),
  VOD_REGION: optionalText.pipe(
    z
      .string()
      .regex(/^[a-z]{2,}(-[a-z0-9]+)+$/, 'must be a region id such as cn-shanghai')
      .optional(),
  ),
  VOD_EMULATOR: optionalText.pipe(
    z.enum(['1', 'true', '0', 'false'], { error: "must be '1' or '0'" }).optional(),
  ),
  VOD_CONNECT_TIMEOUT_MS: intIn(100, 120_000, 5_000),
  VOD_READ_TIMEOUT_MS: intIn(100, 300_000, 10_000),
  VOD_MAX_ATTEMPTS: intIn(1, 20, 6),
  SAVE_OUTAGE_GIVE_UP_SECONDS: intIn(5, 24 * 3600, 15 * 60),
  ALIBABA_CLOUD_ACCESS_KEY_ID: optionalText,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: optionalText,
  ALIBABA_CLOUD_SECURITY_TOKEN: optionalText,
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DATA_DIR: optionalText,
  AUTH_SECRET: optionalText.pipe(
    z.string().min(32, 'must be at least 32 characters (try: openssl rand -base64 32)').optional(),
  ),
  NEXTAUTH_URL: optionalText.pipe(
    z.url({ error: 'must be the absolute URL the app is served at' }).optional(),
  ),
  PORT: intIn(1, 65_535, 3000),
  MAX_SAVE_VIDEOS: intIn(1, 1_000_000, 50_000),
  REQUIRE_ADMIN_MFA: optionalText.pipe(
    z.enum(['1', 'true', '0', 'false'], { error: "must be '1' or '0'" }).optional(),
  ),
  TRUSTED_PROXIES: optionalText.pipe(
    z
      .string()
      .refine(isTrustedProxiesSetting, {
        error:
          'must be a number of proxy hops (0-10) or a comma-separated list of IP addresses or CIDR ranges',
      })
      .optional(),
  ),
  OIDC_ISSUER: optionalText.pipe(z.url({ error: 'must be the issuer URL' }).optional()),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_ROLE_CLAIM: optionalText,
  OIDC_ADMIN_EMAILS: optionalText,
  OIDC_EDITOR_EMAILS: optionalText,
});

type Env = Record<string, string | undefined>;

/** Whether this environment names no VOD account at all, so the launcher must start the embedded emulator. */
export function needsEmbeddedEmulator(env: Env): boolean {
  const blank = (name: string) => (env[name] ?? '').trim() === '';
  return (
    blank('VOD_ENDPOINT') &&
    blank('VOD_REGION') &&
    blank('ALIBABA_CLOUD_ACCESS_KEY_ID') &&
    blank('ALIBABA_CLOUD_ACCESS_KEY_SECRET')
  );
}

/** Parses an environment into the app's configuration, or throws a ConfigError listing every problem. */
export function loadConfig(env: Env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(describeIssues(parsed.error));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const nodeEnv = e.NODE_ENV ?? 'development';
  const isEmulator = e.VOD_EMULATOR === '1' || e.VOD_EMULATOR === 'true';

  if (needsEmbeddedEmulator(env) && !isEmulator) {
    problems.push(
      'VOD_ENDPOINT is not set and no Alibaba Cloud credentials are given: start with `npm run dev` or `npm start`, which run the embedded VOD emulator, or set VOD_REGION (or VOD_ENDPOINT) and ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    );
  }
  if (Boolean(e.ALIBABA_CLOUD_ACCESS_KEY_ID) !== Boolean(e.ALIBABA_CLOUD_ACCESS_KEY_SECRET)) {
    problems.push(
      e.ALIBABA_CLOUD_ACCESS_KEY_ID
        ? 'ALIBABA_CLOUD_ACCESS_KEY_SECRET is missing: it is required together with ALIBABA_CLOUD_ACCESS_KEY_ID'
        : 'ALIBABA_CLOUD_ACCESS_KEY_ID is missing: it is required together with ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    );
  }
  if (e.ALIBABA_CLOUD_SECURITY_TOKEN && !e.ALIBABA_CLOUD_ACCESS_KEY_ID) {
    problems.push(
      'ALIBABA_CLOUD_SECURITY_TOKEN is set without ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    );
  }
  if (e.ALIBABA_CLOUD_ACCESS_KEY_ID && !e.VOD_ENDPOINT && !e.VOD_REGION) {
    problems.push(
      'VOD_REGION is missing: Alibaba Cloud credentials need VOD_REGION (e.g. cn-shanghai) or VOD_ENDPOINT',
    );
  }
  if (isEmulator && (!e.VOD_ENDPOINT || !LOOPBACK_HOST.test(e.VOD_ENDPOINT))) {
    problems.push(
      'VOD_EMULATOR=1 needs VOD_ENDPOINT on a loopback address (127.0.0.1:PORT); the emulator never runs elsewhere',
    );
  }
  // The launcher generates one into DATA_DIR in emulator mode, so only a real deployment can miss it.
  const secret = e.AUTH_SECRET;
  if (!secret) {
    problems.push(
      'AUTH_SECRET is missing: it is required outside emulator mode, in development too (generate one with: openssl rand -base64 32)',
    );
  }
  // A renamed variable left in a deployment's environment would otherwise be ignored without a word.
  if (env.SAVE_OUTAGE_GIVE_UP_MINUTES !== undefined) {
    problems.push(
      'SAVE_OUTAGE_GIVE_UP_MINUTES was renamed: set SAVE_OUTAGE_GIVE_UP_SECONDS instead (15 minutes = 900)',
    );
  }
  const oidcParts = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    const missing = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'].filter((_, i) => !oidcParts[i]);
    problems.push(
      `${missing.join(', ')} missing: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together`,
    );
  }
  if (problems.length > 0 || !secret) throw new ConfigError(problems);

  const dataDir = resolveDataDir(e.DATA_DIR);
  const regionId = e.VOD_REGION ?? DEFAULT_REGION;
  const splitList = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean);

  return {
    mode: isEmulator ? 'emulator' : 'production',
    nodeEnv,
    vod: {
      endpoint: e.VOD_ENDPOINT ?? `vod.${regionId}.aliyuncs.com`,
      protocol: e.VOD_PROTOCOL ?? 'https',
      regionId,
      credentials:
        e.ALIBABA_CLOUD_ACCESS_KEY_ID && e.ALIBABA_CLOUD_ACCESS_KEY_SECRET
          ? {
              kind: 'static',
              accessKeyId: e.ALIBABA_CLOUD_ACCESS_KEY_ID,
              accessKeySecret: e.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
              ...(e.ALIBABA_CLOUD_SECURITY_TOKEN ? { securityToken: e.ALIBABA_CLOUD_SECURITY_TOKEN } : {}),
            }
          : { kind: 'default-chain' },
      connectTimeoutMs: e.VOD_CONNECT_TIMEOUT_MS,
      readTimeoutMs: e.VOD_READ_TIMEOUT_MS,
      maxAttempts: e.VOD_MAX_ATTEMPTS,
    },
    database: databaseFrom(e.DATABASE_URL, dataDir),
    dataDir,
    auth: {
      secret,
      url: e.NEXTAUTH_URL,
      oidc:
        e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
          ? {
              issuer: e.OIDC_ISSUER,
              clientId: e.OIDC_CLIENT_ID,
              clientSecret: e.OIDC_CLIENT_SECRET,
              roleClaim: e.OIDC_ROLE_CLAIM ?? 'vod_role',
              adminEmails: splitList(e.OIDC_ADMIN_EMAILS),
              editorEmails: splitList(e.OIDC_EDITOR_EMAILS),
            }
          : undefined,
      requireAdminMfa: e.REQUIRE_ADMIN_MFA === '1' || e.REQUIRE_ADMIN_MFA === 'true',
    },
    trustedProxies: parseTrustedProxies(e.TRUSTED_PROXIES),
    port: e.PORT,
    maxSaveVideos: e.MAX_SAVE_VIDEOS,
    saveOutageGiveUpMs: e.SAVE_OUTAGE_GIVE_UP_SECONDS * 1000,
  };
}

function isTrustedProxiesSetting(value: string): boolean {
  if (/^\d+$/.test(value)) return Number(value) <= 10;
  return value.split(',').every((entry) => isAddressOrRange(entry.trim()));
}

function isAddressOrRange(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

function parseTrustedProxies(value: string | undefined): TrustedProxies {
  if (value === undefined || value === '0') return { kind: 'none' };
  if (/^\d+$/.test(value)) return { kind: 'hops', hops: Number(value) };
  return { kind: 'addresses', addresses: value.split(',').map((entry) => entry.trim()) };
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
}

function resolveDataDir(value: string | undefined): string {
  // Chosen at run time, so the bundler must not try to trace it.
  return path.resolve(/* turbopackIgnore: true */ value ?? '.data');
}

function databaseFrom(url: string | undefined, dataDir: string): AppConfig['database'] {
  return url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') };
}

const databaseEnvSchema = envSchema.pick({ DATABASE_URL: true, DATA_DIR: true });

/**
 * Only the database part of the configuration, for command-line tools (user admin, migrations) that never
 * talk to VOD and so must not require its settings.
 */
export function loadDatabaseConfig(env: Env): AppConfig['database'] {
  const parsed = databaseEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(describeIssues(parsed.error));
  }
  return databaseFrom(parsed.data.DATABASE_URL, resolveDataDir(parsed.data.DATA_DIR));
}

let cached: AppConfig | undefined;

/** The process's configuration, parsed from process.env on first use. */
export function getConfig(): AppConfig {
  cached ??= loadConfig(process.env);
  return cached;
}
