import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`salary_tables_source_urls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`salary_tables\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`salary_tables_source_urls_order_idx\` ON \`salary_tables_source_urls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`salary_tables_source_urls_parent_id_idx\` ON \`salary_tables_source_urls\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_salary_tables_v_version_source_urls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_salary_tables_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_version_source_urls_order_idx\` ON \`_salary_tables_v_version_source_urls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_salary_tables_v_version_source_urls_parent_id_idx\` ON \`_salary_tables_v_version_source_urls\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`salary_tables\` ADD \`method\` text DEFAULT 'editorial-estimate';`)
  await db.run(sql`ALTER TABLE \`salary_tables\` ADD \`confidence\` text DEFAULT 'low';`)
  await db.run(sql`ALTER TABLE \`salary_tables\` ADD \`sample_size\` numeric;`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` ADD \`version_method\` text DEFAULT 'editorial-estimate';`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` ADD \`version_confidence\` text DEFAULT 'low';`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` ADD \`version_sample_size\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`salary_tables_source_urls\`;`)
  await db.run(sql`DROP TABLE \`_salary_tables_v_version_source_urls\`;`)
  await db.run(sql`ALTER TABLE \`salary_tables\` DROP COLUMN \`method\`;`)
  await db.run(sql`ALTER TABLE \`salary_tables\` DROP COLUMN \`confidence\`;`)
  await db.run(sql`ALTER TABLE \`salary_tables\` DROP COLUMN \`sample_size\`;`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` DROP COLUMN \`version_method\`;`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` DROP COLUMN \`version_confidence\`;`)
  await db.run(sql`ALTER TABLE \`_salary_tables_v\` DROP COLUMN \`version_sample_size\`;`)
}
