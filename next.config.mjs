import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native modules stay outside the server bundle, and pdfkit, which reads its font data from
  // its own folder at run time.
  serverExternalPackages: [
    '@node-rs/argon2',
    'better-sqlite3',
    '@prisma/adapter-better-sqlite3',
    'pdfkit',
  ],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 for a signed-in user of the wrong role.
    authInterrupts: true,
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      {
        // The counter prints a receipt from a hidden frame of its own origin; the last rule wins.
        source: '/agent/receipts/:path*',
        headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
