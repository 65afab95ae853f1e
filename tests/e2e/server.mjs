#!/usr/bin/env node
/**
 * The app as production runs it, for the end-to-end suite: `next build` into .next-e2e, the seed on
 * a brand-new SQLite file (with an admin the tests sign in as), then `next start` — with a local
 * OpenID Connect provider and a local SMTP server beside it for reader sign-in. When
 * TEST_POSTGRES_URL is set, the same build also runs on a brand-new Postgres database, on its own port.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { waitForUrl } from '../../scripts/waitForUrl.mjs'
import { baseEnv, BUILD_DIR, services, target } from './environment.mjs'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerscope-e2e-'))

async function freshPostgresDatabase(baseUrl, name) {
  const client = new pg.Client({ connectionString: baseUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** Runs a command to its end (others may run meanwhile); the whole server fails if it fails. */
function runStep(label, args, env) {
  const started = Date.now()
  return new Promise((resolve) => {
    spawn('npx', args, { env, stdio: 'inherit' }).on('exit', (code) => {
      if (code !== 0) {
        console.error(`[e2e server] ${label} failed (exit ${code})`)
        process.exit(code ?? 1)
      }
      console.log(`[e2e server] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
      resolve()
    })
  })
}

const sqlite = target(services.app.port, `file:${path.join(dir, 'e2e.db')}`)
const targets = [sqlite]
if (process.env.TEST_POSTGRES_URL) {
  targets.unshift(
    target(
      services.app.postgresPort,
      await freshPostgresDatabase(process.env.TEST_POSTGRES_URL, 'careerscope_e2e'),
      // Its own copy of the build: Next keeps the route cache inside the build's folder, and two
      // databases behind one cache would serve each other's pages.
      '.next-e2e-postgres',
    ),
  )
} else {
  console.warn(
    '[e2e server] Postgres copy skipped: TEST_POSTGRES_URL is not set (.ci/run sets it).',
  )
}

// Two instances behind HAProxy behind Varnish, on Postgres and Redis (scripts/cluster.mjs), for
// cluster.spec.ts. A second front that is never up (port 9) proves a front that cannot be reached
// costs a publish nothing: its purges are retried and logged.
// The cluster starts a Redis of its own, with an ACL user and a password, as production should
// run one (TEST_REDIS_URL only says that this machine can run Redis).
const { REDIS_URL: _machineRedis, ...clusterBaseEnv } = baseEnv
const cluster =
  process.env.TEST_POSTGRES_URL && process.env.TEST_REDIS_URL
    ? {
        ...clusterBaseEnv,
        CLUSTER_PORT: String(services.cluster.port),
        BALANCER_PORT: String(services.cluster.balancerPort),
        FRONT_PURGE_URLS: 'http://127.0.0.1:9/',
        // Known to front.spec.ts, which checks the front refuses it from another address.
        FRONT_PURGE_SECRET: services.cluster.purgeSecret,
        DATABASE_URI: await freshPostgresDatabase(
          process.env.TEST_POSTGRES_URL,
          'careerscope_e2e_cluster',
        ),
        REDIS_PORT: String(services.cluster.redisPort),
        MEDIA_DIR: path.join(dir, 'cluster-media'),
        NEXT_DIST_DIR: '.next-e2e-cluster',
      }
    : null
if (!cluster)
  console.warn(
    '[e2e server] cluster skipped: TEST_POSTGRES_URL and TEST_REDIS_URL are needed (.ci/run sets both).',
  )

// The server empties its route caches when it starts (lib/platform/cache/freshStart.ts).
// npm test builds while the integration suite runs, and says so (scripts/test.mjs).
if (process.env.E2E_BUILT === '1') console.log('[e2e server] next build: built before the tests')
else await runStep('next build', ['node', 'tests/e2e/build.mjs'], sqlite.env)
for (const { env } of [...targets, ...(cluster ? [{ env: cluster }] : [])]) {
  if (env.NEXT_DIST_DIR === BUILD_DIR) continue
  fs.rmSync(env.NEXT_DIST_DIR, { recursive: true, force: true })
  fs.cpSync(BUILD_DIR, env.NEXT_DIST_DIR, { recursive: true, verbatimSymlinks: true })
}

const children = ['oidc-server.mjs', 'mail-server.mjs'].map((file) =>
  spawn(process.execPath, [path.join(import.meta.dirname, file)], { stdio: 'inherit' }),
)
const stop = () => {
  for (const child of children) child.kill('SIGTERM')
  fs.rmSync(dir, { recursive: true, force: true })
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

async function startCluster() {
  const started = Date.now()
  const balancer = spawn(
    process.execPath,
    ['scripts/cluster.mjs', '2', '--dist', cluster.NEXT_DIST_DIR],
    { env: cluster, stdio: 'inherit' },
  )
  children.push(balancer)
  await waitForUrl(`http://localhost:${services.cluster.port}/account/sign-in`, {
    seconds: 90,
    what: 'The cluster',
  })
  console.log(`[e2e server] cluster up: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function startApp({ port, env }) {
  // Node closes a keep-alive socket idle for 5 s; a test reusing it at that moment gets ECONNRESET,
  // and a POST is not retried (a writer's sign-in failed so in CI). Idle sockets now close from the
  // client's side first.
  const server = spawn('npx', ['next', 'start', '-p', port, '--keepAliveTimeout', '65000'], {
    env,
    stdio: 'inherit',
  })
  children.push(server)
  server.on('exit', (code) => {
    stop()
    process.exit(code ?? 0)
  })
  await waitForUrl(`http://localhost:${port}/account/sign-in`, { seconds: 60, what: 'The app' })
}

const seed = ({ port, env }) =>
  runStep(
    `seed (${env.DATABASE_URI.split(':')[0]}, :${port})`,
    ['node', 'scripts/run-script.mjs', 'seed'],
    env,
  )

// Seeds and the cluster start side by side. Playwright starts testing when the SQLite copy (its
// webServer URL) answers, so that copy starts last, once everything else is up.
const others = targets.filter((t) => t !== sqlite)
await Promise.all([
  ...(cluster ? [startCluster()] : []),
  ...others.map(async (t) => {
    await seed(t)
    await startApp(t)
  }),
  seed(sqlite),
])
await startApp(sqlite)
