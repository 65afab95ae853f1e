#!/usr/bin/env node
/**
 * `npm run cluster -- N`: N production instances of the site behind HAProxy, behind Varnish, on one
 * Postgres, one Redis and one media directory — what "Production on several machines" in the README
 * describes, on this machine. Varnish (the front cache, deploy/varnish/default.vcl) listens on
 * http://localhost:3200 (CLUSTER_PORT), HAProxy on CLUSTER_PORT + 50 (BALANCER_PORT), the instances on the ports
 * after CLUSTER_PORT. The instances purge Varnish by tag (FRONT_PURGE_URLS, with a fresh
 * FRONT_PURGE_SECRET unless one is set). Ctrl-C stops everything.
 *
 *   DATABASE_URI   default postgres://postgres@127.0.0.1:5432/careerscope_cluster (created if missing)
 *   REDIS_URL      default: a Redis of its own on port 6390 (REDIS_PORT), with an ACL user and a
 *                  fresh password, as production should run one; its URL is written to
 *                  data/cluster-redis.url for scripts/cluster-faults.mjs
 *   MEDIA_DIR      default data/cluster-media
 *   FRONT_PURGE_URLS  more Varnish fronts to purge, after this one (the tests add one that is down)
 *   --dist DIR     the build to run (default .next-cluster, built first if it has no BUILD_ID)
 *   --build        build again even if DIR holds a build
 *   --no-front     no Varnish: HAProxy listens on CLUSTER_PORT itself
 *
 * Needs haproxy and, unless --no-front, varnish with varnish-modules (apt-get install -y haproxy
 * varnish varnish-modules). Secrets come from the environment; without them the script uses fixed
 * local-only values and says so.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { newLocalRedisUrl, redacted, redisCli, writeRedisConfig } from './redisServer.mjs'
import { waitForUrl } from './waitForUrl.mjs'

const NEXT = 'node_modules/next/dist/bin/next'
const args = process.argv.slice(2)
const option = (name) => {
  const i = args.indexOf(name)
  return i === -1 ? undefined : args[i + 1]
}
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 2)
if (!Number.isInteger(count) || count < 1 || count > 16) {
  console.error('Usage: npm run cluster -- N   (1 ≤ N ≤ 16)')
  process.exit(2)
}
const port = Number(process.env.CLUSTER_PORT ?? 3200)
const withFront = !args.includes('--no-front')
const balancerPort = withFront ? Number(process.env.BALANCER_PORT ?? port + 50) : port
const distDir = option('--dist') ?? '.next-cluster'
const origin = `http://localhost:${port}`
const frontPurgeUrl = `http://127.0.0.1:${port}/`

const localSecret = (name) => {
  if (process.env[name]) return process.env[name]
  console.warn(
    `[cluster] ${name} is not set: using a local-only value (set your own in production).`,
  )
  return `cluster-local-${name.toLowerCase()}-0123456789abcdef0123456789abcdef`
}

const ownRedis = !process.env.REDIS_URL
const redisUrl = process.env.REDIS_URL ?? newLocalRedisUrl(Number(process.env.REDIS_PORT ?? 6390))

const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: distDir,
  DATABASE_URI:
    process.env.DATABASE_URI ?? 'postgres://postgres@127.0.0.1:5432/careerscope_cluster',
  REDIS_URL: redisUrl,
  MEDIA_DIR: path.resolve(process.env.MEDIA_DIR ?? 'data/cluster-media'),
  PAYLOAD_SECRET: localSecret('PAYLOAD_SECRET'),
  NEXTAUTH_SECRET: localSecret('NEXTAUTH_SECRET'),
  NEXT_PUBLIC_SERVER_URL: process.env.NEXT_PUBLIC_SERVER_URL ?? origin,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? origin,
  // Varnish sets X-Forwarded-For to the client's address and HAProxy appends Varnish's: believe
  // as many hops as there are proxies.
  TRUSTED_PROXY_HOPS: withFront ? '2' : '1',
  ...(withFront && {
    FRONT_PURGE_URLS: [frontPurgeUrl, process.env.FRONT_PURGE_URLS].filter(Boolean).join(','),
    FRONT_PURGE_SECRET: process.env.FRONT_PURGE_SECRET || randomBytes(24).toString('hex'),
  }),
  // Staff may use the admin through the balancer or straight on an instance.
  ADMIN_ORIGINS: [
    process.env.ADMIN_ORIGINS,
    origin,
    `http://localhost:${balancerPort}`,
    ...Array.from({ length: count }, (_, i) => `http://localhost:${port + 1 + i}`),
  ]
    .filter(Boolean)
    .join(','),
}

function run(label, command, commandArgs, runEnv = env) {
  const started = Date.now()
  const result = spawnSync(command, commandArgs, { env: runEnv, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`[cluster] ${label} failed (exit ${result.status})`)
    process.exit(result.status ?? 1)
  }
  console.log(`[cluster] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function ensurePostgresDatabase(uri) {
  if (!uri.startsWith('postgres')) return
  const url = new URL(uri)
  const name = url.pathname.slice(1)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`)
  } finally {
    await client.end()
  }
}

const children = []
let stopping = false
/** Stops every instance and the balancer, waiting (up to 10 s) for each to exit. */
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  const exits = children.map((child) =>
    child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null,
  )
  for (const child of children) child.kill('SIGTERM')
  await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 10_000))])
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  // The fault script may have restarted our Redis as a daemon: stop whichever one serves the URL.
  if (ownRedis) {
    const cli = redisCli(redisUrl)
    spawnSync('redis-cli', [...cli.args, 'shutdown', 'nosave'], { env: cli.env })
  }
  process.exit(code)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
process.on('unhandledRejection', (error) => {
  console.error(`[cluster] ${error instanceof Error ? error.message : error}`)
  void stop(1)
})

/** Our own Redis, stopped with the cluster: only its user, with a password, can reach it. */
async function startOwnRedis() {
  fs.mkdirSync('data', { recursive: true })
  const config = writeRedisConfig(redisUrl, path.resolve('data/cluster-redis.conf'))
  const redis = spawn('redis-server', [config], { stdio: ['ignore', 'ignore', 'inherit'] })
  children.push(redis)
  redis.on('exit', () => children.splice(children.indexOf(redis), 1))
  const cli = redisCli(redisUrl)
  for (let i = 0; i < 50; i += 1) {
    const ping = spawnSync('redis-cli', [...cli.args, 'ping'], { env: cli.env, encoding: 'utf8' })
    if (ping.stdout.trim() === 'PONG') break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  // For scripts/cluster-faults.mjs: the URL, readable by its owner only.
  fs.writeFileSync('data/cluster-redis.url', `${redisUrl}\n`, { mode: 0o600 })
  fs.chmodSync('data/cluster-redis.url', 0o600)
}

if (spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).status !== 0) {
  console.error('[cluster] haproxy is not installed: apt-get install -y haproxy')
  process.exit(1)
}
if (withFront && spawnSync('varnishd', ['-V'], { stdio: 'ignore' }).status !== 0) {
  console.error(
    '[cluster] varnishd is not installed: apt-get install -y varnish varnish-modules (or run with --no-front)',
  )
  process.exit(1)
}
if (ownRedis) await startOwnRedis()
await ensurePostgresDatabase(env.DATABASE_URI)
fs.mkdirSync(env.MEDIA_DIR, { recursive: true })
if (args.includes('--build') || !fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
  // Built without Redis: the build's own prerendering must not write into the running site's cache.
  const { REDIS_URL: _unused, ...buildEnv } = env
  run('next build', process.execPath, [NEXT, 'build'], buildEnv)
}
// Once, before any instance starts: migrations and demo content (it changes nothing the second time).
run('seed', 'node', ['scripts/run-script.mjs', 'seed'])

const instances = Array.from({ length: count }, (_, i) => ({
  name: `app${i + 1}`,
  port: port + 1 + i,
}))

/**
 * Each instance runs its own copy of the build: Next writes its route cache inside the build's
 * folder, and empties it when a server starts, which must not pull files from under another
 * instance. (Their cache is shared through Redis.)
 */
for (const { name } of instances) {
  const copy = `${distDir}-${name}`
  fs.rmSync(copy, { recursive: true, force: true })
  fs.cpSync(distDir, copy, { recursive: true, verbatimSymlinks: true })
}

/**
 * Starts an instance, and starts it again when it dies (as systemd's Restart=always would), waiting
 * longer after each quick failure — up to 30 s — so a broken instance does not spin.
 */
function startInstance({ name, port: instancePort }, delayMs = 1_000) {
  const startedAt = Date.now()
  // Loopback only: HAProxy is the way in, so nobody reaches an instance with an X-Forwarded-For of
  // their own choosing (which TRUSTED_PROXY_HOPS=1 would believe).
  const child = spawn(
    process.execPath,
    [NEXT, 'start', '-p', String(instancePort), '-H', '127.0.0.1'],
    {
      env: { ...env, INSTANCE_NAME: name, NEXT_DIST_DIR: `${distDir}-${name}` },
      stdio: 'inherit',
    },
  )
  children.push(child)
  child.on('exit', (code, signal) => {
    children.splice(children.indexOf(child), 1)
    if (stopping) return
    const next = Date.now() - startedAt > 60_000 ? 1_000 : Math.min(delayMs * 2, 30_000)
    console.warn(
      `[cluster] ${name} stopped (${signal ?? `exit ${code}`}); the balancer routes around it; restarting it in ${next / 1000} s`,
    )
    setTimeout(() => startInstance({ name, port: instancePort }, next), next)
  })
}
// Holds no secret; readable by varnishd's unprivileged cache process.
const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerscope-cluster-'))
fs.chmodSync(configDir, 0o755)
const template = fs.readFileSync(new URL('../deploy/haproxy.cfg', import.meta.url), 'utf8')
const config = template
  .replace('${CLUSTER_PORT}', String(balancerPort))
  .concat(instances.map((i) => `    server ${i.name} 127.0.0.1:${i.port} check\n`).join(''))
const configPath = path.join(configDir, 'haproxy.cfg')
fs.writeFileSync(configPath, config)
/** A process the cluster cannot run without: if it stops, everything stops. */
function essential(name, command, commandArgs, options = {}) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', ...options })
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[cluster] ${name} stopped (exit ${code})`)
      void stop(1)
    }
  })
  children.push(child)
}
// The proxies first, so an instance's first request to the front (dropping other builds' pages)
// finds it listening; each waits for healthy instances on its own.
essential('haproxy', 'haproxy', ['-f', configPath, '-db'])
if (withFront) {
  const vcl = fs
    .readFileSync(new URL('../deploy/varnish/default.vcl', import.meta.url), 'utf8')
    .replace('${BACKEND_PORT}', String(balancerPort))
  const vclPath = path.join(configDir, 'default.vcl')
  fs.writeFileSync(vclPath, vcl)
  // Its working directory (for varnishstat -n, e.g. `npm run bench -- --front`): readable by the
  // unprivileged user varnishd's cache process runs as, which a checkout may not be.
  const workDir = path.join(configDir, 'varnish')
  fs.writeFileSync('data/cluster-varnish.dir', `${workDir}\n`)
  essential(
    'varnish',
    'varnishd',
    ['-F', '-a', `127.0.0.1:${port}`, '-f', vclPath, '-n', workDir, '-s', 'malloc,256m'],
    // The purge secret reaches the VCL through the environment only (std.getenv).
    { env: { PATH: process.env.PATH, FRONT_PURGE_SECRET: env.FRONT_PURGE_SECRET } },
  )
}
instances.forEach((instance) => startInstance(instance))
await Promise.all(
  instances.map((i) =>
    waitForUrl(`http://localhost:${i.port}/api/health`, {
      seconds: 120,
      what: `[cluster] ${i.name}`,
    }),
  ),
)

await waitForUrl(`http://localhost:${balancerPort}/api/health`, {
  seconds: 120,
  what: '[cluster] the balancer',
})

if (withFront)
  await waitForUrl(`${origin}/api/health`, { seconds: 60, what: '[cluster] the front (Varnish)' })
console.log(
  `[cluster] ${count} instance(s) behind ${withFront ? `Varnish ${origin} → ` : ''}HAProxy http://localhost:${balancerPort} ` +
    `(${instances.map((i) => `${i.name} :${i.port}`).join(', ')}); ` +
    `database ${redacted(env.DATABASE_URI)}, Redis ${redacted(env.REDIS_URL)}, media ${env.MEDIA_DIR}`,
)
