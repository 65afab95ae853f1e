#!/usr/bin/env node
/**
 * Fails when payload-types.ts or the admin import map is out of date with the config: they are
 * generated, committed, and must never be edited by hand or forgotten after a schema change.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const GENERATED = ['payload-types.ts', 'app/(payload)/admin/importMap.js']
const before = GENERATED.map((file) => fs.readFileSync(file, 'utf8'))

for (const command of ['generate:types', 'generate:importmap']) {
  const result = spawnSync(process.execPath, ['scripts/payload-cli.mjs', command], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const stale = GENERATED.filter((file, i) => fs.readFileSync(file, 'utf8') !== before[i])
if (stale.length > 0) {
  console.error(`Out of date, now regenerated: ${stale.join(', ')}. Review and commit them.`)
  process.exit(1)
}
console.log(`Generated files are up to date: ${GENERATED.join(', ')}`)
