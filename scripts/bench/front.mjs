/**
 * The front cache (`npm run cluster -- N` puts Varnish on http://localhost:3200) against bare Node
 * sending the very same bytes: the cached comparison as a browser asks for it (gzip), through
 * Varnish with wrk, then from a bare Node server holding those gzip bytes — the same bytes on the
 * wire. Then the hit ratio over the public pages once warm, from Varnish's own counters
 * (varnishstat, on the working directory the cluster wrote to data/cluster-varnish.dir).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'

import { waitForUrl } from '../waitForUrl.mjs'
import { startBareNode } from './floor.mjs'
import { wrkTable } from './wrk.mjs'

const GZIP = 'Accept-Encoding: gzip'
const BARE_PORT = 3399

/** The response's bytes as they travel (not decompressed, as fetch would). */
function rawGet(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ headers: response.headers, body: Buffer.concat(chunks) }),
        )
      })
      .on('error', reject)
  })
}

/** Varnish's counters, once its workers have folded theirs in (they do so when idle, within a second or two). */
async function varnishCounters() {
  await new Promise((resolve) => setTimeout(resolve, 2_500))
  const dir = fs.readFileSync('data/cluster-varnish.dir', 'utf8').trim()
  const run = spawnSync('varnishstat', ['-n', dir, '-1', '-j'], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`varnishstat failed: ${run.stderr}`)
  const counters = JSON.parse(run.stdout).counters ?? JSON.parse(run.stdout)
  const value = (name) => counters[name]?.value ?? 0
  return { hit: value('MAIN.cache_hit'), miss: value('MAIN.cache_miss') }
}

export async function benchFront(front, pagePath, publicPaths, { seconds = 8 } = {}) {
  const url = front.replace(/\/$/, '') + pagePath
  await rawGet(url)
  const { headers, body } = await rawGet(url)
  console.log(
    `\nfront ${front}: ${pagePath}, ${(body.length / 1024).toFixed(1)} KB on the wire (${headers['content-encoding'] ?? 'identity'}), X-Cache ${headers['x-cache']}`,
  )
  const stop = startBareNode(BARE_PORT, body, {
    ...(headers['content-encoding'] && { 'content-encoding': headers['content-encoding'] }),
  })
  try {
    await waitForUrl(`http://localhost:${BARE_PORT}/`, { seconds: 10, what: 'bare Node' })
    wrkTable(
      {
        'through Varnish': { url, headers: [GZIP] },
        'bare Node': { url: `http://localhost:${BARE_PORT}/`, headers: [GZIP] },
      },
      seconds,
      [['front / bare Node', 'through Varnish', 'bare Node']],
    )
  } finally {
    await stop()
  }

  // Warm every public page once, then count what the front answered itself.
  for (const path of publicPaths) await rawGet(front + path)
  const before = await varnishCounters()
  for (let round = 0; round < 20; round += 1)
    for (const path of publicPaths) await rawGet(front + path)
  const after = await varnishCounters()
  const hits = after.hit - before.hit
  const misses = after.miss - before.miss
  console.log(
    `front hit ratio on ${publicPaths.length} public pages after warm-up: ${hits} hits, ${misses} misses = ${((100 * hits) / Math.max(1, hits + misses)).toFixed(1)} %`,
  )
}
