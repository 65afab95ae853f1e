#!/usr/bin/env node
/**
 * `npm run bench [-- URL] [--floor] [--cluster] [--front]`: latency and throughput of the public pages of a running server
 * (default http://localhost:3000; start it with `npm run build && npm start`), and the JavaScript a
 * reader downloads for the comparison page. With `--floor`, also the cached comparison against the
 * framework's floor — a static Next page of the same size and bare Node sending the same bytes —
 * with wrk at 32 and 64 connections (apt-get install -y wrk). With `--cluster`, point it at the
 * balancer of `npm run cluster -- N` (HAProxy, http://localhost:3250): one instance against all of them on
 * the cached comparison (scripts/bench/cluster.mjs). With `--front`, point it at the cluster's Varnish
 * (http://localhost:3200): requests per second through it against bare Node sending the same bytes,
 * and the hit ratio on the public pages (scripts/bench/front.mjs). Figures for notes and
 * regressions, never a test assertion.
 */
import { gzipSync } from 'node:zlib'

import { benchCluster } from './bench/cluster.mjs'
import { benchFloor } from './bench/floor.mjs'
import { benchFront } from './bench/front.mjs'

const args = process.argv.slice(2)
const base = (
  args.find((a) => !a.startsWith('--')) ??
  process.env.BENCH_URL ??
  'http://localhost:3000'
).replace(/\/$/, '')
const PATHS = [
  '/',
  '/careers',
  '/compare',
  '/careers/devops-engineer',
  '/compare/backend-developer-vs-devops-engineer',
  '/search?q=kubernetes',
  '/sitemap.xml',
  '/account/sign-in',
  '/api/reader/state?collection=roles&id=1',
]
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8)

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function measure(path) {
  await fetch(base + path).then((r) => r.arrayBuffer()) // warm the cache once
  const times = []
  let next = 0
  let failures = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next += 1
        const t = performance.now()
        const response = await fetch(base + path)
        await response.arrayBuffer()
        if (!response.ok) failures += 1
        times.push(performance.now() - t)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  return {
    path,
    rps: Math.round(times.length / seconds),
    p50: percentile(times, 50).toFixed(1),
    p95: percentile(times, 95).toFixed(1),
    p99: percentile(times, 99).toFixed(1),
    failures,
  }
}

async function javascriptWeight(path) {
  const html = await (await fetch(base + path)).text()
  // Modern browsers skip the noModule polyfills, so they are not counted.
  const sources = [
    ...new Set(
      [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)]
        .filter((m) => !/noModule/i.test(m[1] + m[3]))
        .map((m) => m[2]),
    ),
  ]
  let raw = 0
  let gzip = 0
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    raw += body.length
    gzip += gzipSync(body).length
  }
  return {
    path,
    scripts: sources.length,
    rawKB: (raw / 1024).toFixed(1),
    gzipKB: (gzip / 1024).toFixed(1),
    htmlKB: (Buffer.byteLength(html) / 1024).toFixed(1),
  }
}

console.log(`bench ${base}: ${REQUESTS} requests per page, ${CONCURRENCY} at a time`)
const rows = []
for (const path of PATHS) rows.push(await measure(path))
console.table(rows)
console.table([
  await javascriptWeight('/compare/backend-developer-vs-devops-engineer'),
  await javascriptWeight('/careers/devops-engineer'),
])

if (args.includes('--floor'))
  await benchFloor(base, '/compare/backend-developer-vs-devops-engineer')
if (args.includes('--cluster'))
  await benchCluster(base, '/compare/backend-developer-vs-devops-engineer')
if (args.includes('--front'))
  await benchFront(
    base,
    '/compare/backend-developer-vs-devops-engineer',
    PATHS.filter((path) => !/^\/(api|account)\//.test(path)),
  )
