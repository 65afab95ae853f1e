import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`salary_tables\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` ADD \`version_first_published_at\` text;`)
  // Backfill: a document that is live, or has a published version, went live at some point.
  for (const table of ['articles', 'roles', 'salary_tables']) {
    await db.run(
      sql.raw(
        `UPDATE \`${table}\` SET \`first_published_at\` = \`updated_at\` WHERE \`_status\` = 'published' OR \`id\` IN (SELECT \`parent_id\` FROM \`_${table}_v\` WHERE \`version__status\` = 'published')`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`roles\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`salary_tables\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` DROP COLUMN \`version_first_published_at\`;`)
}
