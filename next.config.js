// @ts-check

// next-intl reads each request's locale and messages from lib/i18n/request.ts.
const createNextIntlPlugin = require('next-intl/plugin');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and WASM packages must be loaded by Node at run time, not bundled.
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@node-rs/argon2',
    'pg',
    '@alicloud/openapi-client',
    '@alicloud/credentials',
  ],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
    // A 50,000-video save carries roughly 25 MB of changes; the save action validates the real cap.
    // Both limits equal ACTION_BODY_LIMIT_BYTES (lib/http/action-body-limit.ts): proxy.ts buffers every body it
    // sees, and Next.js would otherwise cut it at 10 MB, so a larger save reached the action truncated.
    serverActions: { bodySizeLimit: '40mb' },
    proxyClientMaxBodySize: '40mb',
  },
};

module.exports = createNextIntlPlugin('./lib/i18n/request.ts')(nextConfig);
