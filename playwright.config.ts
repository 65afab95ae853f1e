import { defineConfig } from '@playwright/test'

import { E2E_CLUSTER_PORT, E2E_PORT, E2E_POSTGRES_PORT } from './tests/e2e/env'

const LAST = 'sign-in-limits.spec.ts'
const DATABASE_DOWN = 'database-down.spec.ts'
const CLUSTER = ['cluster.spec.ts', 'front.spec.ts']
const withCluster = Boolean(process.env.TEST_POSTGRES_URL && process.env.TEST_REDIS_URL)

if (!withCluster) {
  console.warn(
    '[playwright] cluster spec skipped: TEST_POSTGRES_URL and TEST_REDIS_URL are both needed (.ci/run sets them).',
  )
}
if (!process.env.TEST_POSTGRES_URL) {
  console.warn(
    '[playwright] Postgres projects and the database-down spec skipped: TEST_POSTGRES_URL is not set.',
  )
}

/**
 * End-to-end tests drive Debian's Chromium against a production build on a brand-new database,
 * started by tests/e2e/server.mjs (build → seed → next start). Every spec runs on SQLite; with
 * TEST_POSTGRES_URL set, reader accounts and the reader's view of a comparison run on Postgres too.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // One worker per project, each against its own server and database (SQLite, Postgres, the
  // cluster) at the same time; each project's files one after another.
  workers: 3,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: 'retain-on-failure',
    timezoneId: 'UTC',
    locale: 'en-US',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'sqlite',
      workers: 1,
      testIgnore: [LAST, DATABASE_DOWN, ...CLUSTER],
      use: { baseURL: `http://localhost:${E2E_PORT}` },
    },
    ...(process.env.TEST_POSTGRES_URL
      ? [
          {
            name: 'postgres',
            workers: 1,
            testMatch: [
              'reader-accounts.spec.ts',
              'comparison.spec.ts',
              'pairs.spec.ts',
              'salary-reports.spec.ts',
            ],
            use: { baseURL: `http://localhost:${E2E_POSTGRES_PORT}` },
          },
        ]
      : []),
    // Two instances behind HAProxy behind Varnish, sharing Postgres and Redis.
    ...(withCluster
      ? [
          {
            name: 'cluster',
            workers: 1,
            testMatch: CLUSTER,
            use: { baseURL: `http://localhost:${E2E_CLUSTER_PORT}` },
          },
        ]
      : []),
    // Uses up this machine's sign-in allowance, which the reader specs need: runs after them.
    {
      name: 'sign-in-limits',
      testMatch: [LAST],
      dependencies: ['sqlite', ...(process.env.TEST_POSTGRES_URL ? ['postgres'] : [])],
      use: { baseURL: `http://localhost:${E2E_PORT}` },
    },
    // Stops and restarts Postgres under the Postgres copy of the app: after everything else.
    ...(process.env.TEST_POSTGRES_URL
      ? [
          {
            name: 'database-down',
            testMatch: [DATABASE_DOWN],
            dependencies: ['sign-in-limits', ...(withCluster ? ['cluster'] : [])],
            use: { baseURL: `http://localhost:${E2E_POSTGRES_PORT}` },
          },
        ]
      : []),
  ],
  webServer: {
    command: 'node tests/e2e/server.mjs',
    url: `http://localhost:${E2E_PORT}/`,
    timeout: 300_000,
    // E2E_REUSE_SERVER=1 runs the specs against a server you started with `node tests/e2e/server.mjs`.
    // The sign-in rate limit (30 per address per 15 min) allows two runs of the reader specs per server.
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
