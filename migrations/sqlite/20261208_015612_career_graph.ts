import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { readSkillTexts, type SqlRunner, writeSkills } from '../../payload/migrate/skillsFromText'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Careers' free-text skills become skill documents: read before the old columns go.
  const runner: SqlRunner = {
    all: async (query) => (await db.all(sql.raw(query))) as Record<string, unknown>[],
    run: async (query) => void (await db.run(sql.raw(query))),
  }
  const skillTexts = await readSkillTexts(runner)
  await db.run(sql`CREATE TABLE \`roles_roadmap_resources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`type\` text,
  	\`cost\` text DEFAULT 'free',
  	\`language\` text DEFAULT 'en',
  	\`level\` text,
  	\`hours\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`roles_roadmap\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`roles_roadmap_resources_order_idx\` ON \`roles_roadmap_resources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`roles_roadmap_resources_parent_id_idx\` ON \`roles_roadmap_resources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_roles_v_version_roadmap_resources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`type\` text,
  	\`cost\` text DEFAULT 'free',
  	\`language\` text DEFAULT 'en',
  	\`level\` text,
  	\`hours\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_roles_v_version_roadmap\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_roles_v_version_roadmap_resources_order_idx\` ON \`_roles_v_version_roadmap_resources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_roadmap_resources_parent_id_idx\` ON \`_roles_v_version_roadmap_resources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`skills\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`category\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`skills_name_idx\` ON \`skills\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`skills_updated_at_idx\` ON \`skills\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`skills_created_at_idx\` ON \`skills\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`skills_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`skills_texts_order_parent\` ON \`skills_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resource_checks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`outcome\` text NOT NULL,
  	\`status\` numeric,
  	\`location\` text,
  	\`checked_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`resource_checks_url_idx\` ON \`resource_checks\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`resource_checks_updated_at_idx\` ON \`resource_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resource_checks_created_at_idx\` ON \`resource_checks\` (\`created_at\`);`)
  await db.run(sql`DROP TABLE \`roles_core_skills\`;`)
  await db.run(sql`DROP TABLE \`_roles_v_version_core_skills\`;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`nco2015\` text;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`isco08\` text;`)
  await db.run(sql`ALTER TABLE \`roles_rels\` ADD \`skills_id\` integer REFERENCES skills(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`roles_rels_skills_id_idx\` ON \`roles_rels\` (\`skills_id\`);`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_nco2015\` text;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_isco08\` text;`)
  await db.run(sql`ALTER TABLE \`_roles_v_rels\` ADD \`skills_id\` integer REFERENCES skills(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_roles_v_rels_skills_id_idx\` ON \`_roles_v_rels\` (\`skills_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`skills_id\` integer REFERENCES skills(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`resource_checks_id\` integer REFERENCES resource_checks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_skills_id_idx\` ON \`payload_locked_documents_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resource_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`resource_checks_id\`);`)
  await db.run(sql`ALTER TABLE \`roles_roadmap\` DROP COLUMN \`skills\`;`)
  await db.run(sql`ALTER TABLE \`_roles_v_version_roadmap\` DROP COLUMN \`skills\`;`)
  payload.logger.info(await writeSkills(runner, payload, req, skillTexts))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`roles_core_skills\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`skill\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`roles_core_skills_order_idx\` ON \`roles_core_skills\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`roles_core_skills_parent_id_idx\` ON \`roles_core_skills\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_roles_v_version_core_skills\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`skill\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_roles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_roles_v_version_core_skills_order_idx\` ON \`_roles_v_version_core_skills\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_core_skills_parent_id_idx\` ON \`_roles_v_version_core_skills\` (\`_parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`roles_roadmap_resources\`;`)
  await db.run(sql`DROP TABLE \`_roles_v_version_roadmap_resources\`;`)
  await db.run(sql`DROP TABLE \`skills\`;`)
  await db.run(sql`DROP TABLE \`skills_texts\`;`)
  await db.run(sql`DROP TABLE \`resource_checks\`;`)
  await db.run(sql`CREATE TABLE \`__new_roles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`roles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roles_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_roles_rels\`("id", "order", "parent_id", "path", "roles_id") SELECT "id", "order", "parent_id", "path", "roles_id" FROM \`roles_rels\`;`)
  await db.run(sql`DROP TABLE \`roles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_roles_rels\` RENAME TO \`roles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`roles_rels_order_idx\` ON \`roles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`roles_rels_parent_idx\` ON \`roles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`roles_rels_path_idx\` ON \`roles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`roles_rels_roles_id_idx\` ON \`roles_rels\` (\`roles_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__roles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`roles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_roles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roles_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__roles_v_rels\`("id", "order", "parent_id", "path", "roles_id") SELECT "id", "order", "parent_id", "path", "roles_id" FROM \`_roles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_roles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__roles_v_rels\` RENAME TO \`_roles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_roles_v_rels_order_idx\` ON \`_roles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_rels_parent_idx\` ON \`_roles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_rels_path_idx\` ON \`_roles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_rels_roles_id_idx\` ON \`_roles_v_rels\` (\`roles_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`roles_id\` integer,
  	\`salary_tables_id\` integer,
  	\`authors_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`readers_id\` integer,
  	\`salary_reports_id\` integer,
  	\`salary_report_holds_id\` integer,
  	\`bookmarks_id\` integer,
  	\`roadmap_progress_id\` integer,
  	\`reader_notes_id\` integer,
  	\`reader_digests_id\` integer,
  	\`reader_accounts_id\` integer,
  	\`reader_sessions_id\` integer,
  	\`verification_tokens_id\` integer,
  	\`search_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roles_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`salary_tables_id\`) REFERENCES \`salary_tables\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`readers_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`salary_reports_id\`) REFERENCES \`salary_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`salary_report_holds_id\`) REFERENCES \`salary_report_holds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bookmarks_id\`) REFERENCES \`bookmarks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roadmap_progress_id\`) REFERENCES \`roadmap_progress\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reader_notes_id\`) REFERENCES \`reader_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reader_digests_id\`) REFERENCES \`reader_digests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reader_accounts_id\`) REFERENCES \`reader_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reader_sessions_id\`) REFERENCES \`reader_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`verification_tokens_id\`) REFERENCES \`verification_tokens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "roles_id", "salary_tables_id", "authors_id", "media_id", "users_id", "readers_id", "salary_reports_id", "salary_report_holds_id", "bookmarks_id", "roadmap_progress_id", "reader_notes_id", "reader_digests_id", "reader_accounts_id", "reader_sessions_id", "verification_tokens_id", "search_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "roles_id", "salary_tables_id", "authors_id", "media_id", "users_id", "readers_id", "salary_reports_id", "salary_report_holds_id", "bookmarks_id", "roadmap_progress_id", "reader_notes_id", "reader_digests_id", "reader_accounts_id", "reader_sessions_id", "verification_tokens_id", "search_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_roles_id_idx\` ON \`payload_locked_documents_rels\` (\`roles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_salary_tables_id_idx\` ON \`payload_locked_documents_rels\` (\`salary_tables_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_readers_id_idx\` ON \`payload_locked_documents_rels\` (\`readers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_salary_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`salary_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_salary_report_holds_id_idx\` ON \`payload_locked_documents_rels\` (\`salary_report_holds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookmarks_id_idx\` ON \`payload_locked_documents_rels\` (\`bookmarks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_roadmap_progress_id_idx\` ON \`payload_locked_documents_rels\` (\`roadmap_progress_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reader_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`reader_notes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reader_digests_id_idx\` ON \`payload_locked_documents_rels\` (\`reader_digests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reader_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`reader_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reader_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`reader_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_verification_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`verification_tokens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`ALTER TABLE \`roles_roadmap\` ADD \`skills\` text;`)
  await db.run(sql`ALTER TABLE \`_roles_v_version_roadmap\` ADD \`skills\` text;`)
  await db.run(sql`ALTER TABLE \`roles\` DROP COLUMN \`nco2015\`;`)
  await db.run(sql`ALTER TABLE \`roles\` DROP COLUMN \`isco08\`;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` DROP COLUMN \`version_nco2015\`;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` DROP COLUMN \`version_isco08\`;`)
}
