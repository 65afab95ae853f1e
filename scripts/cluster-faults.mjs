#!/usr/bin/env node
/**
 * `npm run cluster:faults`: readers' requests against a running cluster (`npm run cluster -- 2`)
 * while Redis is stopped and started again and one instance is killed (the cluster script starts
 * it again). Prints, per phase, how many requests were answered and how, and whether any public
 * page answered 5xx or failed. Stops the Redis at REDIS_URL (default: the cluster's own, from
 * data/cluster-redis.url) with SHUTDOWN NOSAVE and starts it again with `redis-server` and the same
 * user and password: run it where that Redis is yours to stop. A measurement for notes, not a test
 * assertion; exits 1 if a public page failed.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { redisCli, writeRedisConfig } from './redisServer.mjs'

const base = (process.env.CLUSTER_URL ?? 'http://localhost:3200').replace(/\/$/, '')
const victimPort = Number(process.env.VICTIM_PORT ?? Number(new URL(base).port) + 2)
const ownRedisFile = 'data/cluster-redis.url'
const redisUrl =
  process.env.REDIS_URL ??
  (fs.existsSync(ownRedisFile)
    ? fs.readFileSync(ownRedisFile, 'utf8').trim()
    : 'redis://127.0.0.1:6379')
const CONCURRENCY = Number(process.env.FAULT_CONCURRENCY ?? 16)
const PATHS = [
  '/',
  '/careers/devops-engineer',
  '/careers/backend-developer',
  '/compare/backend-developer-vs-devops-engineer',
  '/compare/data-scientist-vs-devops-engineer',
  '/salaries',
]

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
let phase = 'warm-up'
let killedAt = 0
/** Failed requests sent before the kill: they were in flight on the instance that died. */
let inFlightAtKill = 0
const tally = new Map()
const count = (key) => {
  const byPhase = tally.get(phase) ?? new Map()
  byPhase.set(key, (byPhase.get(key) ?? 0) + 1)
  tally.set(phase, byPhase)
}

let running = true
async function reader(i) {
  let n = i
  while (running) {
    const path = PATHS[n++ % PATHS.length]
    const sentAt = Date.now()
    try {
      const response = await fetch(base + path, { signal: AbortSignal.timeout(10_000) })
      await response.arrayBuffer()
      count(String(response.status))
    } catch (error) {
      count(`failed (${error.cause?.code ?? error.name})`)
      if (killedAt && sentAt <= killedAt) inFlightAtKill += 1
    }
  }
}

const cli = redisCli(redisUrl)
const redisCommand = (...args) =>
  spawnSync('redis-cli', [...cli.args, ...args], { env: cli.env, encoding: 'utf8' })

function pidListeningOn(port) {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const match = /pid=(\d+)/.exec(out)
  if (!match) throw new Error(`nothing listens on port ${port}`)
  return Number(match[1])
}

async function until(check, timeoutMs) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started
    await sleep(200)
  }
  return null
}

const readers = Array.from({ length: CONCURRENCY }, (_, i) => reader(i))
await sleep(5_000)

phase = 'Redis stopped'
redisCommand('shutdown', 'nosave')
console.log('[faults] Redis stopped')
await sleep(8_000)

phase = 'Redis back'
spawnSync('redis-server', [
  writeRedisConfig(redisUrl, path.resolve('data/cluster-redis.conf')),
  '--daemonize',
  'yes',
])
console.log('[faults] Redis started again')
const reconnected = await until(async () => {
  const health = await fetch(`http://localhost:${victimPort}/api/health`).then(
    (r) => r.json(),
    () => null,
  )
  return health?.redis === 'up'
}, 15_000)
console.log(`[faults] instances see Redis again after ${reconnected ?? '>15000'} ms`)
await sleep(3_000)

phase = 'instance killed'
const pid = pidListeningOn(victimPort)
killedAt = Date.now()
process.kill(pid, 'SIGKILL')
console.log(`[faults] killed the instance on port ${victimPort} (pid ${pid})`)
const back = await until(
  () =>
    fetch(`http://localhost:${victimPort}/api/health`).then(
      (r) => r.ok,
      () => false,
    ),
  60_000,
)
console.log(
  `[faults] the instance answered again after ${back ?? '>60000'} ms (restarted by the cluster)`,
)

phase = 'instance back'
await sleep(5_000)
running = false
await Promise.all(readers)

let failedPublic = 0
for (const [name, byStatus] of tally) {
  const total = [...byStatus.values()].reduce((a, b) => a + b, 0)
  const parts = [...byStatus].map(([status, n]) => `${status}: ${n}`).join(', ')
  console.log(`[faults] ${name.padEnd(16)} ${String(total).padStart(6)} requests — ${parts}`)
  for (const [status, n] of byStatus) if (!/^[23]\d\d$/.test(status)) failedPublic += n
}
console.log(
  `[faults] public requests not answered 2xx/3xx: ${failedPublic}, of which ${inFlightAtKill} were in flight on the killed instance`,
)
process.exit(failedPublic > inFlightAtKill ? 1 : 0)
