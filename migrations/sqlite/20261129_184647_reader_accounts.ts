import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`readers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text,
  	\`name\` text,
  	\`image\` text,
  	\`email_verified\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`readers_email_idx\` ON \`readers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`readers_updated_at_idx\` ON \`readers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`readers_created_at_idx\` ON \`readers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`bookmarks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reader_id\` integer NOT NULL,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reader_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`bookmarks_reader_idx\` ON \`bookmarks\` (\`reader_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bookmarks_key_idx\` ON \`bookmarks\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`bookmarks_updated_at_idx\` ON \`bookmarks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bookmarks_created_at_idx\` ON \`bookmarks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`bookmarks_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`roles_id\` integer,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bookmarks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roles_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bookmarks_rels_order_idx\` ON \`bookmarks_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bookmarks_rels_parent_idx\` ON \`bookmarks_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bookmarks_rels_path_idx\` ON \`bookmarks_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`bookmarks_rels_roles_id_idx\` ON \`bookmarks_rels\` (\`roles_id\`);`)
  await db.run(sql`CREATE INDEX \`bookmarks_rels_articles_id_idx\` ON \`bookmarks_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`roadmap_progress\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reader_id\` integer NOT NULL,
  	\`role_id\` integer NOT NULL,
  	\`stage\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reader_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`role_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`roadmap_progress_reader_idx\` ON \`roadmap_progress\` (\`reader_id\`);`)
  await db.run(sql`CREATE INDEX \`roadmap_progress_role_idx\` ON \`roadmap_progress\` (\`role_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`roadmap_progress_key_idx\` ON \`roadmap_progress\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`roadmap_progress_updated_at_idx\` ON \`roadmap_progress\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`roadmap_progress_created_at_idx\` ON \`roadmap_progress\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reader_accounts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reader_id\` integer NOT NULL,
  	\`type\` text NOT NULL,
  	\`provider\` text NOT NULL,
  	\`provider_account_id\` text NOT NULL,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reader_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reader_accounts_reader_idx\` ON \`reader_accounts\` (\`reader_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reader_accounts_key_idx\` ON \`reader_accounts\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`reader_accounts_updated_at_idx\` ON \`reader_accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reader_accounts_created_at_idx\` ON \`reader_accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reader_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reader_id\` integer NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`expires\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reader_id\`) REFERENCES \`readers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reader_sessions_reader_idx\` ON \`reader_sessions\` (\`reader_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reader_sessions_token_hash_idx\` ON \`reader_sessions\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`reader_sessions_updated_at_idx\` ON \`reader_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reader_sessions_created_at_idx\` ON \`reader_sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`verification_tokens\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`identifier\` text NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`expires\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`verification_tokens_identifier_idx\` ON \`verification_tokens\` (\`identifier\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`verification_tokens_token_hash_idx\` ON \`verification_tokens\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`verification_tokens_updated_at_idx\` ON \`verification_tokens\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`verification_tokens_created_at_idx\` ON \`verification_tokens\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`readers_id\` integer REFERENCES readers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bookmarks_id\` integer REFERENCES bookmarks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`roadmap_progress_id\` integer REFERENCES roadmap_progress(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reader_accounts_id\` integer REFERENCES reader_accounts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reader_sessions_id\` integer REFERENCES reader_sessions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`verification_tokens_id\` integer REFERENCES verification_tokens(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_readers_id_idx\` ON \`payload_locked_documents_rels\` (\`readers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookmarks_id_idx\` ON \`payload_locked_documents_rels\` (\`bookmarks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_roadmap_progress_id_idx\` ON \`payload_locked_documents_rels\` (\`roadmap_progress_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reader_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`reader_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reader_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`reader_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_verification_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`verification_tokens_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`readers\`;`)
  await db.run(sql`DROP TABLE \`bookmarks\`;`)
  await db.run(sql`DROP TABLE \`bookmarks_rels\`;`)
  await db.run(sql`DROP TABLE \`roadmap_progress\`;`)
  await db.run(sql`DROP TABLE \`reader_accounts\`;`)
  await db.run(sql`DROP TABLE \`reader_sessions\`;`)
  await db.run(sql`DROP TABLE \`verification_tokens\`;`)
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
  	\`search_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`roles_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`salary_tables_id\`) REFERENCES \`salary_tables\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "roles_id", "salary_tables_id", "authors_id", "media_id", "users_id", "search_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "roles_id", "salary_tables_id", "authors_id", "media_id", "users_id", "search_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}
