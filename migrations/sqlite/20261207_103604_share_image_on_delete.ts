import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand. 20261129_170300_seo_search_redirects added each share image column with
 * `REFERENCES media(id)` and no ON DELETE rule, where Payload's schema (and Postgres) says
 * `ON DELETE set null`: on a migrated SQLite database, deleting an image used as a share image was
 * refused. SQLite cannot change a foreign key in place, so each such table is rebuilt from its own
 * stored definition with the rule added (SQLite's "making other kinds of table schema changes"
 * procedure): copy, drop, rename, indexes back. A database whose tables already have the rule (one
 * created by `push` in development) is left alone.
 */
const TABLES = ['articles', '_articles_v', 'roles', '_roles_v']
const LOOSE_REFERENCE = /(`\w*meta_image_id` integer REFERENCES media\(id\))(?! ON DELETE)/g

type Row = { sql: string | null }

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  for (const table of TABLES) {
    const [definition] = (await db.all(
      sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ${table}`,
    )) as Row[]
    if (!definition?.sql || !LOOSE_REFERENCE.test(definition.sql)) continue
    LOOSE_REFERENCE.lastIndex = 0
    const indexes = (await db.all(
      sql`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ${table} AND sql IS NOT NULL`,
    )) as Row[]
    const temporary = `__new_${table}`
    const rebuilt = definition.sql
      .replace(LOOSE_REFERENCE, '$1 ON DELETE set null')
      .replace(/^CREATE TABLE [`"]?\w+[`"]?/, `CREATE TABLE \`${temporary}\``)
    await db.run(sql.raw(rebuilt))
    await db.run(sql.raw(`INSERT INTO \`${temporary}\` SELECT * FROM \`${table}\``))
    await db.run(sql.raw(`DROP TABLE \`${table}\``))
    await db.run(sql.raw(`ALTER TABLE \`${temporary}\` RENAME TO \`${table}\``))
    for (const index of indexes) await db.run(sql.raw(index.sql!))
  }
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

/** Nothing to undo: the rule is what the schema always meant. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
