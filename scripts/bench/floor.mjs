/**
 * The framework's floor for the cached comparison page: the same number of bytes served (a) by a
 * minimal static page built with this project's own Next, and (b) by bare Node `http`. Both are
 * started here, measured with wrk beside the real page, and stopped again.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { waitForUrl } from '../waitForUrl.mjs'
import { wrkTable } from './wrk.mjs'

// Outside the project, so Next does not take the project's own files (instrumentation) for the
// floor's; node_modules is linked in, so it is the very same Next.
const FLOOR_DIR = path.join(os.tmpdir(), 'careerscope-bench-floor')
const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next')

/** A one-page Next app whose page is `html` verbatim (inside a div), built once per run. */
function buildStaticNextPage(html) {
  fs.rmSync(FLOOR_DIR, { recursive: true, force: true })
  fs.mkdirSync(path.join(FLOOR_DIR, 'app'), { recursive: true })
  fs.writeFileSync(
    path.join(FLOOR_DIR, 'app', 'layout.js'),
    'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html> }\n',
  )
  fs.writeFileSync(path.join(FLOOR_DIR, 'content.html'), html)
  fs.writeFileSync(
    path.join(FLOOR_DIR, 'app', 'page.js'),
    [
      "import fs from 'node:fs'",
      "const html = fs.readFileSync(process.cwd() + '/content.html', 'utf8')",
      'export default function Page() { return <div dangerouslySetInnerHTML={{ __html: html }} /> }',
      '',
    ].join('\n'),
  )
  fs.writeFileSync(path.join(FLOOR_DIR, 'next.config.mjs'), 'export default {}\n')
  fs.writeFileSync(path.join(FLOOR_DIR, 'package.json'), '{ "private": true, "type": "module" }\n')
  fs.symlinkSync(path.resolve('node_modules'), path.join(FLOOR_DIR, 'node_modules'), 'dir')
  // Webpack follows the linked node_modules; Turbopack refuses files outside the floor's own root.
  const build = spawnSync(process.execPath, [NEXT_BIN, 'build', '--webpack'], {
    cwd: FLOOR_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (build.status !== 0) throw new Error('the floor page did not build')
}

function startNextFloor(port) {
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port)], {
    cwd: FLOOR_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: 'ignore',
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return () => (child.kill('SIGTERM'), exited)
}

/**
 * Bare Node sending `body` with these headers (e.g. the front's gzip bytes and their encoding). In
 * a process of its own: wrk runs synchronously and would block a server in this one.
 */
export function startBareNode(port, body, headers = {}) {
  fs.mkdirSync(FLOOR_DIR, { recursive: true })
  const file = path.join(FLOOR_DIR, `bare-${port}.bin`)
  fs.writeFileSync(file, body)
  const head = JSON.stringify({ 'content-type': 'text/html; charset=utf-8', ...headers })
  const program = `const body = require('node:fs').readFileSync(${JSON.stringify(file)});
require('node:http').createServer((_req, res) => {
  res.writeHead(200, ${head})
  res.end(body)
}).listen(${port})`
  const child = spawn(process.execPath, ['-e', program], { stdio: 'ignore' })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return () => (child.kill('SIGTERM'), exited)
}

/** The floor page's own size: Next sends its content twice (the HTML, then the RSC payload). */
async function floorSize() {
  const stop = startNextFloor(3301)
  try {
    await waitForUrl('http://localhost:3301/', { seconds: 20, what: 'The floor server' })
    return (await (await fetch('http://localhost:3301/')).arrayBuffer()).byteLength
  } finally {
    await stop()
  }
}

export async function benchFloor(base, pagePath, { seconds = 8 } = {}) {
  const body = Buffer.from(await (await fetch(base + pagePath)).arrayBuffer())
  console.log(
    `\nfloor for ${pagePath} (${(body.length / 1024).toFixed(0)} KB): building a static Next page…`,
  )
  // The page's visible markup, cut until the static page weighs what the real one does: Next sends
  // it twice (the HTML, then the RSC payload) beside a fixed overhead, so size is close to linear in
  // its length — a secant step from the last two builds lands within 2 % in two or three builds.
  // Without its scripts the page is far lighter than with them, so the markup is repeated until
  // there is more than enough to cut from.
  const visible = body.toString('utf8').replace(/<script[\s\S]*?<\/script>/g, '')
  const full = visible.repeat(Math.ceil((2 * body.length) / visible.length))
  const sizeWith = async (length) => {
    buildStaticNextPage(full.slice(0, length))
    return { length, size: await floorSize() }
  }
  let previous = await sizeWith(full.length)
  let current = await sizeWith(Math.floor(full.length / 2))
  for (let attempt = 0; attempt < 4; attempt += 1) {
    if (Math.abs(current.size - body.length) < body.length * 0.02) break
    const slope = (current.size - previous.size) / (current.length - previous.length)
    const length = Math.round(current.length + (body.length - current.size) / slope)
    previous = current
    current = await sizeWith(Math.max(1, Math.min(full.length, length)))
  }
  const size = current.size
  const stops = [startNextFloor(3301), startBareNode(3302, body)]
  try {
    await waitForUrl('http://localhost:3301/', { seconds: 20, what: 'The floor server' })
    console.log(
      `sizes: page ${(body.length / 1024).toFixed(0)} KB, static Next page ${(size / 1024).toFixed(0)} KB, bare Node ${(body.length / 1024).toFixed(0)} KB`,
    )
    wrkTable(
      {
        'cached page': { url: base + pagePath },
        'static Next': { url: 'http://localhost:3301/' },
        'bare Node': { url: 'http://localhost:3302/' },
      },
      seconds,
      [
        ['page / Next floor', 'cached page', 'static Next'],
        ['page / bare Node', 'cached page', 'bare Node'],
      ],
    )
  } finally {
    await Promise.all(stops.map((stop) => stop()))
    fs.rmSync(FLOOR_DIR, { recursive: true, force: true })
  }
}
