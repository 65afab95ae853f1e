#!/usr/bin/env node
/**
 * The end-to-end suite's production build (`next build` into .next-e2e), on its own so that
 * `npm test` can build while the integration suite runs (scripts/test.mjs); tests/e2e/server.mjs
 * runs it when nothing built it before.
 */
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

import { services, target } from './environment.mjs'

// The build reads no database; the variable is only required to be a valid one.
const { env } = target(
  services.app.port,
  `file:${path.join(os.tmpdir(), 'careerscope-e2e-build.db')}`,
)
const started = Date.now()
const { status } = spawnSync('npx', ['next', 'build'], { env, stdio: 'inherit' })
if (status !== 0) {
  console.error(`[e2e build] next build failed (exit ${status})`)
  process.exit(status ?? 1)
}
console.log(`[e2e build] next build: ${((Date.now() - started) / 1000).toFixed(1)} s`)
