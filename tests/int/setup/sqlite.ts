import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, inject } from 'vitest'

// A fresh database file for each test file, never the development database: a copy of the migrated
// template (./sqlite-template.ts). Payload is told the schema is already there, so it does not push.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerscope-int-'))
const file = path.join(dir, 'test.db')
fs.copyFileSync(inject('databaseTemplate'), file)
process.env.DATABASE_URI = `file:${file}`
process.env.PAYLOAD_MIGRATING = 'true'

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
