#!/usr/bin/env node
/** The Payload CLI (`npm run payload -- …`), retried when it quits silently: see run-to-completion.mjs. */
import { fileURLToPath } from 'node:url'

import { runToCompletion } from './run-to-completion.mjs'

const bin = fileURLToPath(new URL('../node_modules/payload/bin.js', import.meta.url))
process.exit(runToCompletion(`payload ${process.argv[2] ?? ''}`, [bin, ...process.argv.slice(2)]))
