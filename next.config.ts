import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { devOrigins } from './lib/platform/devOrigins'
import {
  cacheControlRules,
  clientHintsForAdminOnly,
  redirects,
  rewrites,
} from './lib/platform/routing'
import { securityHeaders } from './lib/platform/securityHeaders'

const nextConfig: NextConfig = {
  // Media is served by Payload from local disk; no remote image hosts are needed (and none are reachable).
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  poweredByHeader: false,
  // Behind a front cache (FRONT_PURGE_URLS, lib/platform/front) the front answers revalidations with
  // a validator it makes once per stored page (deploy/varnish/default.vcl); hashing the whole page
  // again on every cache hit here would be wasted.
  generateEtags: !process.env.FRONT_PURGE_URLS,
  // Opened at 127.0.0.1 or the printed Network address, the dev site hydrates as it does on localhost.
  allowedDevOrigins: devOrigins(),
  // Next 16.5's `next dev` otherwise writes its own rules into AGENTS.md on every start, leaving the
  // checkout dirty.
  agentRules: false,
  headers: async () => [
    { source: '/:path*', headers: securityHeaders(process.env) },
    ...cacheControlRules(process.env),
  ],
  rewrites: async () => ({ beforeFiles: rewrites(), afterFiles: [], fallback: [] }),
  redirects: async () => redirects(),
  // Next's own route cache, except that a 404 is never kept (lib/platform/cache/routeCacheHandler.mjs).
  cacheHandler: path.join(process.cwd(), 'lib/platform/cache/routeCacheHandler.mjs'),
  experimental: {
    // Unknown URLs get the site's own 404 page (the app has two root layouts).
    globalNotFound: true,
    // Next 16.5 writes Turbopack's cache after every build (43 s here) for the next build to reuse:
    // a CI run builds once on a clean clone and never reuses it.
    turbopackFileSystemCacheForBuild: !process.env.CI,
    // Next 16.5's `next dev` otherwise writes upgrade notes into AGENTS.md, leaving the checkout dirty.
    agentUpgrade: false,
  },
  // Load Payload and its database adapters from node_modules in production as `next dev` does. Bundled,
  // Payload's error classes end up in several chunks: its REST error formatter then fails
  // `instanceof ValidationError` and drops the field messages editors need ("The following field is
  // invalid" with no reason), and our own publishing errors become "An unknown error occurred."
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-mongodb',
    '@payloadcms/db-postgres',
    '@payloadcms/db-sqlite',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
  ],
  // The server's own job runner (payload/jobs/runner.ts) calls /api/payload-jobs/run every 2 s: keep
  // those out of the dev log, where they would bury the lines developers look for (magic links).
  logging: { incomingRequests: { ignore: [/^\/api\/payload-jobs\/run/] } },
  // The end-to-end suite builds into its own folder so that it never clobbers a developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
}

const withAdmin = withPayload(nextConfig, { devBundleServerPackages: false })

export default {
  ...withAdmin,
  headers: async () => clientHintsForAdminOnly((await withAdmin.headers?.()) ?? []),
} satisfies NextConfig
