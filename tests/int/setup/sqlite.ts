import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

// A fresh database file for each test file, never the development database.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerscope-int-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
