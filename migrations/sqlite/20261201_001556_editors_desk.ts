import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_requested_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_commented_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_commented_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`last_edited_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`articles_review_review_requested_by_idx\` ON \`articles\` (\`review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_review_commented_by_idx\` ON \`articles\` (\`review_commented_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_last_edited_by_idx\` ON \`articles\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_requested_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_commented_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_commented_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_version_review_requested_by_idx\` ON \`_articles_v\` (\`version_review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_version_review_commented_by_idx\` ON \`_articles_v\` (\`version_review_commented_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_edited_by_idx\` ON \`_articles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`review_requested_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`review_commented_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`review_commented_at\` text;`)
  await db.run(sql`ALTER TABLE \`roles\` ADD \`last_edited_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`roles_review_review_requested_by_idx\` ON \`roles\` (\`review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`roles_review_review_commented_by_idx\` ON \`roles\` (\`review_commented_by_id\`);`)
  await db.run(sql`CREATE INDEX \`roles_last_edited_by_idx\` ON \`roles\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_review_requested_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_review_commented_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_review_commented_at\` text;`)
  await db.run(sql`ALTER TABLE \`_roles_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_review_version_review_requested_by_idx\` ON \`_roles_v\` (\`version_review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_review_version_review_commented_by_idx\` ON \`_roles_v\` (\`version_review_commented_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version_last_edited_by_idx\` ON \`_roles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`salary_tables\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`salary_tables\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`salary_tables\` ADD \`review_requested_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`salary_tables\` ADD \`review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`salary_tables\` ADD \`review_commented_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`salary_tables\` ADD \`review_commented_at\` text;`)
  await db.run(sql`ALTER TABLE \`salary_tables\` ADD \`last_edited_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`salary_tables_review_review_requested_by_idx\` ON \`salary_tables\` (\`review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`salary_tables_review_review_commented_by_idx\` ON \`salary_tables\` (\`review_commented_by_id\`);`)
  await db.run(sql`CREATE INDEX \`salary_tables_last_edited_by_idx\` ON \`salary_tables\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` ADD \`version_review_requested_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` ADD \`version_review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` ADD \`version_review_commented_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` ADD \`version_review_commented_at\` text;`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_version_review_version_review_requested_idx\` ON \`_salary_tables_v\` (\`version_review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_version_review_version_review_commented_idx\` ON \`_salary_tables_v\` (\`version_review_commented_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_version_version_last_edited_by_idx\` ON \`_salary_tables_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`time_zone\` text DEFAULT 'Asia/Kolkata';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'comparison',
  	\`title\` text,
  	\`slug\` text,
  	\`market\` text DEFAULT 'IN',
  	\`distinction\` text,
  	\`hero_image_id\` integer,
  	\`body\` text,
  	\`trajectory\` text,
  	\`closing_take\` text,
  	\`published_at\` text,
  	\`first_published_at\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "kind", "title", "slug", "market", "distinction", "hero_image_id", "body", "trajectory", "closing_take", "published_at", "first_published_at", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "kind", "title", "slug", "market", "distinction", "hero_image_id", "body", "trajectory", "closing_take", "published_at", "first_published_at", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'comparison',
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_market\` text DEFAULT 'IN',
  	\`version_distinction\` text,
  	\`version_hero_image_id\` integer,
  	\`version_body\` text,
  	\`version_trajectory\` text,
  	\`version_closing_take\` text,
  	\`version_published_at\` text,
  	\`version_first_published_at\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_kind", "version_title", "version_slug", "version_market", "version_distinction", "version_hero_image_id", "version_body", "version_trajectory", "version_closing_take", "version_published_at", "version_first_published_at", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_kind", "version_title", "version_slug", "version_market", "version_distinction", "version_hero_image_id", "version_body", "version_trajectory", "version_closing_take", "version_published_at", "version_first_published_at", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_roles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`overview\` text,
  	\`work_style\` text,
  	\`demand_level\` text,
  	\`demand_note\` text,
  	\`entry_difficulty_level\` text,
  	\`entry_difficulty_note\` text,
  	\`on_call_burden_level\` text,
  	\`on_call_burden_note\` text,
  	\`first_published_at\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_roles\`("id", "title", "slug", "summary", "overview", "work_style", "demand_level", "demand_note", "entry_difficulty_level", "entry_difficulty_note", "on_call_burden_level", "on_call_burden_note", "first_published_at", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "overview", "work_style", "demand_level", "demand_note", "entry_difficulty_level", "entry_difficulty_note", "on_call_burden_level", "on_call_burden_note", "first_published_at", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`roles\`;`)
  await db.run(sql`DROP TABLE \`roles\`;`)
  await db.run(sql`ALTER TABLE \`__new_roles\` RENAME TO \`roles\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`roles_slug_idx\` ON \`roles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`roles_meta_meta_image_idx\` ON \`roles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`roles_updated_at_idx\` ON \`roles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`roles_created_at_idx\` ON \`roles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`roles__status_idx\` ON \`roles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__roles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_overview\` text,
  	\`version_work_style\` text,
  	\`version_demand_level\` text,
  	\`version_demand_note\` text,
  	\`version_entry_difficulty_level\` text,
  	\`version_entry_difficulty_note\` text,
  	\`version_on_call_burden_level\` text,
  	\`version_on_call_burden_note\` text,
  	\`version_first_published_at\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__roles_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_overview", "version_work_style", "version_demand_level", "version_demand_note", "version_entry_difficulty_level", "version_entry_difficulty_note", "version_on_call_burden_level", "version_on_call_burden_note", "version_first_published_at", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_overview", "version_work_style", "version_demand_level", "version_demand_note", "version_entry_difficulty_level", "version_entry_difficulty_note", "version_on_call_burden_level", "version_on_call_burden_note", "version_first_published_at", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_roles_v\`;`)
  await db.run(sql`DROP TABLE \`_roles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__roles_v\` RENAME TO \`_roles_v\`;`)
  await db.run(sql`CREATE INDEX \`_roles_v_parent_idx\` ON \`_roles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version_slug_idx\` ON \`_roles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_meta_version_meta_image_idx\` ON \`_roles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version_updated_at_idx\` ON \`_roles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version_created_at_idx\` ON \`_roles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_version_version__status_idx\` ON \`_roles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_created_at_idx\` ON \`_roles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_updated_at_idx\` ON \`_roles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_latest_idx\` ON \`_roles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_roles_v_autosave_idx\` ON \`_roles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_salary_tables\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`role_id\` integer,
  	\`market\` text DEFAULT 'IN',
  	\`year\` numeric,
  	\`currency\` text DEFAULT 'INR',
  	\`unit\` text DEFAULT 'lpa',
  	\`method\` text DEFAULT 'editorial-estimate',
  	\`confidence\` text DEFAULT 'low',
  	\`sample_size\` numeric,
  	\`source\` text,
  	\`methodology\` text,
  	\`last_reviewed\` text,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`role_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_salary_tables\`("id", "title", "role_id", "market", "year", "currency", "unit", "method", "confidence", "sample_size", "source", "methodology", "last_reviewed", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "role_id", "market", "year", "currency", "unit", "method", "confidence", "sample_size", "source", "methodology", "last_reviewed", "first_published_at", "updated_at", "created_at", "_status" FROM \`salary_tables\`;`)
  await db.run(sql`DROP TABLE \`salary_tables\`;`)
  await db.run(sql`ALTER TABLE \`__new_salary_tables\` RENAME TO \`salary_tables\`;`)
  await db.run(sql`CREATE INDEX \`salary_tables_role_idx\` ON \`salary_tables\` (\`role_id\`);`)
  await db.run(sql`CREATE INDEX \`salary_tables_updated_at_idx\` ON \`salary_tables\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`salary_tables_created_at_idx\` ON \`salary_tables\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`salary_tables__status_idx\` ON \`salary_tables\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__salary_tables_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_role_id\` integer,
  	\`version_market\` text DEFAULT 'IN',
  	\`version_year\` numeric,
  	\`version_currency\` text DEFAULT 'INR',
  	\`version_unit\` text DEFAULT 'lpa',
  	\`version_method\` text DEFAULT 'editorial-estimate',
  	\`version_confidence\` text DEFAULT 'low',
  	\`version_sample_size\` numeric,
  	\`version_source\` text,
  	\`version_methodology\` text,
  	\`version_last_reviewed\` text,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`salary_tables\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_role_id\`) REFERENCES \`roles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__salary_tables_v\`("id", "parent_id", "version_title", "version_role_id", "version_market", "version_year", "version_currency", "version_unit", "version_method", "version_confidence", "version_sample_size", "version_source", "version_methodology", "version_last_reviewed", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_role_id", "version_market", "version_year", "version_currency", "version_unit", "version_method", "version_confidence", "version_sample_size", "version_source", "version_methodology", "version_last_reviewed", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_salary_tables_v\`;`)
  await db.run(sql`DROP TABLE \`_salary_tables_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__salary_tables_v\` RENAME TO \`_salary_tables_v\`;`)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_parent_idx\` ON \`_salary_tables_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_version_version_role_idx\` ON \`_salary_tables_v\` (\`version_role_id\`);`)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_version_version_updated_at_idx\` ON \`_salary_tables_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_version_version_created_at_idx\` ON \`_salary_tables_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_version_version__status_idx\` ON \`_salary_tables_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_created_at_idx\` ON \`_salary_tables_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_updated_at_idx\` ON \`_salary_tables_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_latest_idx\` ON \`_salary_tables_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`time_zone\`;`)
}
