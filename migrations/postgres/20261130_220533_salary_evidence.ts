import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_salary_tables_method" AS ENUM('survey', 'job-postings', 'editorial-estimate', 'reader-reports', 'illustrative');
  CREATE TYPE "public"."enum_salary_tables_confidence" AS ENUM('low', 'medium', 'high');
  CREATE TYPE "public"."enum__salary_tables_v_version_method" AS ENUM('survey', 'job-postings', 'editorial-estimate', 'reader-reports', 'illustrative');
  CREATE TYPE "public"."enum__salary_tables_v_version_confidence" AS ENUM('low', 'medium', 'high');
  CREATE TABLE "salary_tables_source_urls" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "_salary_tables_v_version_source_urls" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "salary_tables" ADD COLUMN "method" "enum_salary_tables_method" DEFAULT 'editorial-estimate';
  ALTER TABLE "salary_tables" ADD COLUMN "confidence" "enum_salary_tables_confidence" DEFAULT 'low';
  ALTER TABLE "salary_tables" ADD COLUMN "sample_size" numeric;
  ALTER TABLE "_salary_tables_v" ADD COLUMN "version_method" "enum__salary_tables_v_version_method" DEFAULT 'editorial-estimate';
  ALTER TABLE "_salary_tables_v" ADD COLUMN "version_confidence" "enum__salary_tables_v_version_confidence" DEFAULT 'low';
  ALTER TABLE "_salary_tables_v" ADD COLUMN "version_sample_size" numeric;
  ALTER TABLE "salary_tables_source_urls" ADD CONSTRAINT "salary_tables_source_urls_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."salary_tables"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_salary_tables_v_version_source_urls" ADD CONSTRAINT "_salary_tables_v_version_source_urls_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_salary_tables_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "salary_tables_source_urls_order_idx" ON "salary_tables_source_urls" USING btree ("_order");
  CREATE INDEX "salary_tables_source_urls_parent_id_idx" ON "salary_tables_source_urls" USING btree ("_parent_id");
  CREATE INDEX "_salary_tables_v_version_source_urls_order_idx" ON "_salary_tables_v_version_source_urls" USING btree ("_order");
  CREATE INDEX "_salary_tables_v_version_source_urls_parent_id_idx" ON "_salary_tables_v_version_source_urls" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "salary_tables_source_urls" CASCADE;
  DROP TABLE "_salary_tables_v_version_source_urls" CASCADE;
  ALTER TABLE "salary_tables" DROP COLUMN "method";
  ALTER TABLE "salary_tables" DROP COLUMN "confidence";
  ALTER TABLE "salary_tables" DROP COLUMN "sample_size";
  ALTER TABLE "_salary_tables_v" DROP COLUMN "version_method";
  ALTER TABLE "_salary_tables_v" DROP COLUMN "version_confidence";
  ALTER TABLE "_salary_tables_v" DROP COLUMN "version_sample_size";
  DROP TYPE "public"."enum_salary_tables_method";
  DROP TYPE "public"."enum_salary_tables_confidence";
  DROP TYPE "public"."enum__salary_tables_v_version_method";
  DROP TYPE "public"."enum__salary_tables_v_version_confidence";`)
}
