import { sql } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'

type Drizzle = {
  all?: (q: unknown) => Promise<unknown[]>
  run?: (q: unknown) => Promise<unknown>
  execute?: (q: unknown) => Promise<{ rows: unknown[] }>
}

/** Whether the database is one of the SQL adapters this raw SQL is written for. */
export const isSqlDatabase = (req: PayloadRequest) =>
  req.payload.db.name === 'sqlite' || req.payload.db.name === 'postgres'

async function connection(req: PayloadRequest): Promise<Drizzle> {
  const db = req.payload.db as unknown as {
    drizzle: Drizzle
    sessions?: Record<string, { db: Drizzle }>
  }
  const id = req.transactionID ? String(await req.transactionID) : null
  return (id && db.sessions?.[id]?.db) || db.drizzle
}

/**
 * Plain SQL on the request's connection (inside its transaction, if any), for what the Local API
 * cannot say in one statement; written to run unchanged on SQLite and Postgres. Values are never
 * interpolated from input: callers pass ids they have checked to be numbers.
 */
export async function sqlRun(req: PayloadRequest, statement: string): Promise<void> {
  const db = await connection(req)
  const query = sql.raw(statement)
  await (db.run ? db.run(query) : db.execute!(query))
}

export async function sqlRows<T>(req: PayloadRequest, statement: string): Promise<T[]> {
  const db = await connection(req)
  const query = sql.raw(statement)
  return (db.all ? await db.all(query) : (await db.execute!(query)).rows) as T[]
}
