import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Which adapter a DATABASE_URI asks for. Unset means the embedded SQLite file. */
export function databaseKind(uri: string | undefined): DatabaseKind {
  if (!uri) return 'sqlite'
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  if (uri.startsWith('file:')) return 'sqlite'
  throw new Error(
    `DATABASE_URI "${uri.split(':')[0]}:…" is not supported: use file:…, postgres://… or mongodb://…, or leave it unset for the embedded SQLite file.`,
  )
}

/**
 * The default SQLite file. Development and production keep separate files (as Rails does), because
 * development pushes schema changes straight into its database while production applies the
 * committed migrations, and Payload refuses to migrate a database that was pushed.
 */
export function defaultSqliteUrl(): string {
  const name = process.env.NODE_ENV === 'production' ? 'careerscope.db' : 'careerscope-dev.db'
  return `file:${path.join(path.resolve(process.cwd(), 'data'), name)}`
}

/** SQLite creates a missing file but not a missing folder (`file:./data/scale.db` on a fresh clone). */
function withFolder(url: string): string {
  const file = url.slice('file:'.length).split('?')[0]!
  if (file && file !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return url
}

export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  const migrationsRoot = path.resolve(process.cwd(), 'migrations')
  switch (databaseKind(uri)) {
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: uri },
        migrationDir: path.join(migrationsRoot, 'postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      // MongoDB needs no migrations for schema; Payload creates indexes on connect.
      return mongooseAdapter({ url: uri as string })
    case 'sqlite':
      return sqliteAdapter({
        client: { url: withFolder(uri ?? defaultSqliteUrl()) },
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        prodMigrations: sqliteMigrations,
      })
  }
}
