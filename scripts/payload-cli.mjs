#!/usr/bin/env node
/**
 * Runs the Payload CLI and retries when it quits before doing anything. On Node 20 its tsx loader
 * sometimes never settles and the process exits 0 having done nothing (payloadcms/payload#17757).
 * A preload sets exitCode 75; a real finish calls process.exit() with its own code, so 75 means
 * "quit silently" and is worth another try.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const SILENT_EXIT = 75
const ATTEMPTS = 10
const guard = fileURLToPath(new URL('./payload-cli-guard.cjs', import.meta.url))
const bin = fileURLToPath(new URL('../node_modules/payload/bin.js', import.meta.url))

for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
  const result = spawnSync(process.execPath, ['--require', guard, bin, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' ') },
  })
  if (result.status !== SILENT_EXIT) process.exit(result.status ?? 1)
  console.error(`payload ${process.argv[2] ?? ''}: quit before finishing (attempt ${attempt}/${ATTEMPTS}), retrying…`)
}
console.error(`payload ${process.argv[2] ?? ''}: gave up after ${ATTEMPTS} silent exits.`)
process.exit(1)
