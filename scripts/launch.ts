import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import { startEmulator } from '@/emulator/server';
import { ConfigError, loadConfig, needsEmbeddedEmulator } from '@/lib/config';

/**
 * Starts the app the way a newcomer expects: read .env files, start the embedded VOD emulator when no
 * Alibaba Cloud account is configured, check the whole configuration, then start Next.js (development or
 * production) behind our own HTTP server, scripts/server.ts. A bad environment ends here with one line per
 * problem, before Next.js prints anything.
 */
export async function launch(command: 'dev' | 'start'): Promise<void> {
  const isDev = command === 'dev';
  loadEnvConfig(process.cwd(), isDev);
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: isDev ? 'development' : 'production',
  };
  const dataDir = path.resolve(env.DATA_DIR?.trim() || '.data');
  const port = env.PORT?.trim() || '3000';

  const embedded = needsEmbeddedEmulator(env);
  if (embedded) {
    // Checked with a stand-in endpoint first, so a bad environment fails before anything starts.
    // The emulator always speaks plain HTTP, but a VOD_PROTOCOL the user set is still checked, not dropped.
    const userProtocol = env.VOD_PROTOCOL?.trim();
    Object.assign(env, emulatorEnv('127.0.0.1:1', 'check', 'check'), {
      AUTH_SECRET: env.AUTH_SECRET?.trim() || demoAuthSecret(dataDir),
      ...(userProtocol ? { VOD_PROTOCOL: userProtocol } : {}),
    });
  }
  env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  try {
    loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
    process.exit(1);
  }

  let stopEmulator: (() => Promise<void>) | undefined;
  if (embedded) {
    const emulator = await startEmulator({
      port: Number(env.VOD_EMULATOR_PORT ?? 0),
      dataDir: path.join(dataDir, 'emulator'),
    });
    stopEmulator = () => emulator.close();
    Object.assign(env, emulatorEnv(emulator.endpoint, emulator.accessKeyId, emulator.accessKeySecret));
  }

  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '--port', port], {
    env: env as NodeJS.ProcessEnv,
    stdio: 'inherit',
  });
  forwardSignals(child);
  child.on('exit', async (code, signal) => {
    await stopEmulator?.();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

function emulatorEnv(endpoint: string, accessKeyId: string, accessKeySecret: string) {
  return {
    VOD_EMULATOR: '1',
    VOD_ENDPOINT: endpoint,
    VOD_PROTOCOL: 'http',
    ALIBABA_CLOUD_ACCESS_KEY_ID: accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: accessKeySecret,
  };
}

/** In emulator mode a secret is generated once and kept beside the demo data, so sessions survive restarts. */
function demoAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

function forwardSignals(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => child.kill(signal));
  }
}
