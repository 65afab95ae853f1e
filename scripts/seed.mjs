#!/usr/bin/env node
/** `npm run seed`: runs scripts/seed.ts under tsx, retried when the loader quits early (run-to-completion.mjs). */
import { fileURLToPath } from 'node:url'

import { runToCompletion } from './run-to-completion.mjs'

const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url))
const script = fileURLToPath(new URL('./seed.ts', import.meta.url))
process.exit(runToCompletion('seed', [tsx, script]))
