#!/usr/bin/env node
/**
 * `node scripts/run-script.mjs <name>` runs scripts/<name>.ts under tsx, retried when the loader
 * quits early (run-to-completion.mjs): `npm run seed`, `npm run report:in-hand`.
 */
import { fileURLToPath } from 'node:url'

import { runToCompletion } from './run-to-completion.mjs'

const name = process.argv[2]
if (!name) throw new Error('Name the script to run, e.g. seed.')
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url))
const script = fileURLToPath(new URL(`./${name}.ts`, import.meta.url))
process.exit(runToCompletion(name, [tsx, script]))
