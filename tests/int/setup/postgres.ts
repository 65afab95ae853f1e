import { randomBytes } from 'node:crypto'

import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'

// A fresh database on the Postgres server for each test file, dropped afterwards.
const base = new URL(process.env.TEST_POSTGRES_URL as string)
const name = `careerscope_t_${randomBytes(6).toString('hex')}`
const testUrl = new URL(base)
testUrl.pathname = `/${name}`
process.env.DATABASE_URI = testUrl.toString()

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: base.toString() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

beforeAll(() => admin(`CREATE DATABASE ${name}`))
afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
