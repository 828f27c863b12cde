import { describe, expect, it } from 'vitest';
import { baseSecurityHeaders, createNonce, pageContentSecurityPolicy } from './security-headers';

describe('[SECURITY][headers]', () => {
  it('sends HSTS only over https', () => {
    expect(baseSecurityHeaders({ https: true })['Strict-Transport-Security']).toMatch(/^max-age=\d{8}/);
    expect(baseSecurityHeaders({ https: false })).not.toHaveProperty('Strict-Transport-Security');
  });

  it('lets page scripts run only with the nonce, and eval only in development', () => {
    const production = pageContentSecurityPolicy('abc', { dev: false });
    expect(production).toContain("script-src 'self' 'nonce-abc';");
    expect(production).toContain("worker-src 'self' blob:");
    expect(production).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(pageContentSecurityPolicy('abc', { dev: true })).toContain("'unsafe-eval'");
  });

  it('makes a different nonce every time', () => {
    expect(createNonce()).not.toBe(createNonce());
    expect(createNonce().length).toBeGreaterThanOrEqual(24);
  });
});
