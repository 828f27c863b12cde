import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');

function launch(command: 'dev' | 'start', env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', `scripts/${command}.ts`], {
    cwd: root,
    env: {
      // The launcher sets NODE_ENV itself from the command; this value is only there to satisfy the type.
      NODE_ENV: 'test',
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'vod-launch-')),
      ...env,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout };
}

describe('[LAUNCH] a bad environment stops start-up with one line naming the variable', () => {
  it('refuses an unknown protocol, even in emulator mode, before starting anything', () => {
    const result = launch('dev', { VOD_PROTOCOL: 'ftp' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("Configuration error: VOD_PROTOCOL must be 'https' or 'http'");
    expect(result.stdout).not.toContain('VOD emulator listening');
  });

  it('refuses credentials without an endpoint or region', () => {
    const result = launch('dev', {
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'id',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret',
      AUTH_SECRET: 'x'.repeat(32),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Configuration error: VOD_REGION is missing[^\n]*$/);
  });

  it('refuses development without AUTH_SECRET outside emulator mode: there is no built-in secret', () => {
    const result = launch('dev', { VOD_REGION: 'cn-shanghai' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Configuration error: AUTH_SECRET is missing[^\n]*$/);
  });

  it('refuses production without AUTH_SECRET, and never prints the AccessKey secret', () => {
    const result = launch('start', {
      VOD_REGION: 'cn-shanghai',
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'id',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'launch-test-secret-value',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Configuration error: AUTH_SECRET is missing[^\n]*$/);
    expect(result.stderr + result.stdout).not.toContain('launch-test-secret-value');
  });
});
