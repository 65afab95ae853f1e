import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`readers\` ADD \`theme\` text;`)
  await db.run(sql`ALTER TABLE \`readers\` ADD \`theme_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`readers\` ADD \`weekly_digest\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`readers\` ADD \`digest_sent_week\` text;`)
  await db.run(sql`ALTER TABLE \`bookmarks\` ADD \`seen_at\` text;`)
  await db.run(sql`ALTER TABLE \`bookmarks\` ADD \`seen_facts\` text;`)
  await db.run(sql`ALTER TABLE \`bookmarks\` ADD \`digested_hash\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`readers\` DROP COLUMN \`theme\`;`)
  await db.run(sql`ALTER TABLE \`readers\` DROP COLUMN \`theme_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`readers\` DROP COLUMN \`weekly_digest\`;`)
  await db.run(sql`ALTER TABLE \`readers\` DROP COLUMN \`digest_sent_week\`;`)
  await db.run(sql`ALTER TABLE \`bookmarks\` DROP COLUMN \`seen_at\`;`)
  await db.run(sql`ALTER TABLE \`bookmarks\` DROP COLUMN \`seen_facts\`;`)
  await db.run(sql`ALTER TABLE \`bookmarks\` DROP COLUMN \`digested_hash\`;`)
}
