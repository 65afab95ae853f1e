import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, inject } from 'vitest'

import { onServer, testDatabaseUrl } from './postgresServer'

// A fresh database on the Postgres server for each test file, copied from the migrated template
// (./postgres-template.ts) and dropped afterwards. Payload is told the schema is already there.
const name = `careerscope_t_${randomBytes(6).toString('hex')}`
process.env.DATABASE_URI = testDatabaseUrl(name)
process.env.PAYLOAD_MIGRATING = 'true'

beforeAll(() => onServer(`CREATE DATABASE ${name} TEMPLATE ${inject('databaseTemplate')}`))
afterAll(() => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
