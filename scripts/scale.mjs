#!/usr/bin/env node
/** `npm run scale:fill`: runs scripts/scale/fill.ts under tsx (see run-to-completion.mjs). */
import { fileURLToPath } from 'node:url'

import { runToCompletion } from './run-to-completion.mjs'

const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url))
const script = fileURLToPath(new URL('./scale/fill.ts', import.meta.url))
process.exit(runToCompletion('scale:fill', [tsx, script]))
