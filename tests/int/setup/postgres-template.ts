import { randomBytes } from 'node:crypto'

import type { TestProject } from 'vitest/node'

import { migrated } from './migrated'
import { onServer, testDatabaseUrl } from './postgresServer'

/** Global set-up of int-postgres: one migrated database, the template of every test file's (./postgres.ts). */
export default async function setup(project: TestProject) {
  const name = `careerscope_template_${randomBytes(6).toString('hex')}`
  await onServer(`CREATE DATABASE ${name}`)
  migrated(testDatabaseUrl(name))
  project.provide('databaseTemplate', name)
  return () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
}
