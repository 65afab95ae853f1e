#!/usr/bin/env node
/**
 * `npm run scale:fill` / `scale:desk` / `scale:digest` / `scale:graph`: runs scripts/scale/<name>.ts under tsx (see
 * run-to-completion.mjs).
 */
import { fileURLToPath } from 'node:url'

import { runToCompletion } from './run-to-completion.mjs'

const name = process.argv[2] ?? 'fill'
if (!['fill', 'desk', 'digest', 'graph'].includes(name)) {
  console.error(`Unknown scale script "${name}": use fill, desk, digest or graph.`)
  process.exit(2)
}
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url))
const script = fileURLToPath(new URL(`./scale/${name}.ts`, import.meta.url))
process.exit(runToCompletion(`scale:${name}`, [tsx, script]))
