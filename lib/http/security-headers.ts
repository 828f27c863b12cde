/**
 * The security headers of every response. Two layers: scripts/server.ts puts the fixed ones on every
 * response (pages, server actions, API routes, the export, static files), with a Content-Security-Policy
 * that allows nothing but our own scripts (which workers need); proxy.ts replaces that policy on pages with one carrying a fresh nonce per request
 * (Next.js's documented pattern), which Next.js puts on its own scripts.
 */

/** The headers every response carries. HSTS only when the app is served over https. */
export function baseSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    // A worker runs under the policy of its own script's response, so static scripts may load scripts
    // from our origin (the spreadsheet workers import their chunks); everything else stays closed.
    'Content-Security-Policy':
      "default-src 'none'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), browsing-topics=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

/**
 * The policy of a page: scripts from our own origin, inline ones only with this request's nonce; workers
 * only from our own origin. Styles may be inline (React style attributes); covers load from any https host,
 * since VOD covers live on the account's CDN.
 */
export function pageContentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its debugging aids; production never needs eval.
    // 'self' rather than 'strict-dynamic': the spreadsheet workers load their chunks with importScripts,
    // which no nonce can cover, and under 'strict-dynamic' 'self' is ignored. Inline scripts still need the
    // nonce.
    `script-src 'self' 'nonce-${nonce}'${options.dev ? " 'unsafe-eval'" : ''}`,
    // The spreadsheet import and export run in Web Workers built from our own bundles.
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  return btoa(crypto.randomUUID());
}
