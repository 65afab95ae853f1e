import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_roles_v_autosave_idx\` ON \`_roles_v\` (\`autosave\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_roles_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` DROP COLUMN \`autosave\`;`)
}
