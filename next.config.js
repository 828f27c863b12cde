// @ts-check

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
    serverActions: { bodySizeLimit: '40mb' },
  },
};

module.exports = nextConfig;
