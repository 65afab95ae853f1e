import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`salary_report_holds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reader_id\` integer NOT NULL,
  	\`role_id\` integer,
  	\`year\` numeric NOT NULL,
  	\`until\` text NOT NULL,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reader_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`role_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`salary_report_holds_reader_idx\` ON \`salary_report_holds\` (\`reader_id\`);`)
  await db.run(sql`CREATE INDEX \`salary_report_holds_role_idx\` ON \`salary_report_holds\` (\`role_id\`);`)
  await db.run(sql`CREATE INDEX \`salary_report_holds_until_idx\` ON \`salary_report_holds\` (\`until\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`salary_report_holds_key_idx\` ON \`salary_report_holds\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`salary_report_holds_updated_at_idx\` ON \`salary_report_holds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`salary_report_holds_created_at_idx\` ON \`salary_report_holds\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`salary_reports\` ADD \`counts_from\` text;`)
  await db.run(sql`ALTER TABLE \`salary_reports\` ADD \`changes\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`salary_reports\` ADD \`changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`salary_reports\` ADD \`first_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`salary_reports\` ADD \`account_created_at\` text;`)
  // Written by hand: SQLite adds a required column only with a default. Every report sent so far gets
  // its own version key, and approved ones count from when they were approved (lib/salaries/reports/timing.ts).
  await db.run(sql`ALTER TABLE \`salary_reports\` ADD \`member_key\` text NOT NULL DEFAULT '';`)
  await db.run(sql`UPDATE \`salary_reports\` SET \`member_key\` = lower(hex(randomblob(16)));`)
  await db.run(
    sql`UPDATE \`salary_reports\` SET \`counts_from\` = COALESCE(\`moderated_at\`, \`created_at\`), \`first_approved_at\` = COALESCE(\`moderated_at\`, \`created_at\`) WHERE \`status\` = 'approved';`,
  )
  await db.run(sql`CREATE INDEX \`salary_reports_counts_from_idx\` ON \`salary_reports\` (\`counts_from\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`salary_report_holds_id\` integer REFERENCES salary_report_holds(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_salary_report_holds_id_idx\` ON \`payload_locked_documents_rels\` (\`salary_report_holds_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`salary_report_holds\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "roles_id", "salary_tables_id", "authors_id", "media_id", "users_id", "readers_id", "salary_reports_id", "bookmarks_id", "roadmap_progress_id", "reader_notes_id", "reader_digests_id", "reader_accounts_id", "reader_sessions_id", "verification_tokens_id", "search_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "roles_id", "salary_tables_id", "authors_id", "media_id", "users_id", "readers_id", "salary_reports_id", "bookmarks_id", "roadmap_progress_id", "reader_notes_id", "reader_digests_id", "reader_accounts_id", "reader_sessions_id", "verification_tokens_id", "search_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookmarks_id_idx\` ON \`payload_locked_documents_rels\` (\`bookmarks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_roadmap_progress_id_idx\` ON \`payload_locked_documents_rels\` (\`roadmap_progress_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reader_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`reader_notes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reader_digests_id_idx\` ON \`payload_locked_documents_rels\` (\`reader_digests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reader_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`reader_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reader_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`reader_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_verification_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`verification_tokens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`DROP INDEX \`salary_reports_counts_from_idx\`;`)
  await db.run(sql`ALTER TABLE \`salary_reports\` DROP COLUMN \`counts_from\`;`)
  await db.run(sql`ALTER TABLE \`salary_reports\` DROP COLUMN \`changes\`;`)
  await db.run(sql`ALTER TABLE \`salary_reports\` DROP COLUMN \`changed_at\`;`)
  await db.run(sql`ALTER TABLE \`salary_reports\` DROP COLUMN \`first_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`salary_reports\` DROP COLUMN \`account_created_at\`;`)
  await db.run(sql`ALTER TABLE \`salary_reports\` DROP COLUMN \`member_key\`;`)
}
