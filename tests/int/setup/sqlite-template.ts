import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { migrated } from './migrated'

/** Global set-up of int-sqlite: one migrated SQLite file, copied by every test file (./sqlite.ts). */
export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerscope-template-'))
  const file = path.join(dir, 'template.db')
  migrated(`file:${file}`)
  project.provide('databaseTemplate', file)
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
