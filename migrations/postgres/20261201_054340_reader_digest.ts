import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_readers_theme" AS ENUM('system', 'light', 'dark');
  ALTER TYPE "public"."enum_roadmap_progress_status" ADD VALUE 'cleared';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendReaderDigests' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendReaderDigests' BEFORE 'schedulePublish';
  CREATE TABLE "reader_digests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reader_id" integer NOT NULL,
  	"week" varchar NOT NULL,
  	"pages" numeric,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "readers" ADD COLUMN "theme" "enum_readers_theme";
  ALTER TABLE "readers" ADD COLUMN "theme_changed_at" timestamp(3) with time zone;
  ALTER TABLE "readers" ADD COLUMN "weekly_digest" boolean DEFAULT false;
  ALTER TABLE "bookmarks" ADD COLUMN "seen_at" timestamp(3) with time zone;
  ALTER TABLE "bookmarks" ADD COLUMN "seen_facts" jsonb;
  ALTER TABLE "bookmarks" ADD COLUMN "digested_facts" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reader_digests_id" integer;
  ALTER TABLE "reader_digests" ADD CONSTRAINT "reader_digests_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "reader_digests_reader_idx" ON "reader_digests" USING btree ("reader_id");
  CREATE INDEX "reader_digests_week_idx" ON "reader_digests" USING btree ("week");
  CREATE UNIQUE INDEX "reader_digests_key_idx" ON "reader_digests" USING btree ("key");
  CREATE INDEX "reader_digests_updated_at_idx" ON "reader_digests" USING btree ("updated_at");
  CREATE INDEX "reader_digests_created_at_idx" ON "reader_digests" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reader_digests_fk" FOREIGN KEY ("reader_digests_id") REFERENCES "public"."reader_digests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reader_digests_id_idx" ON "payload_locked_documents_rels" USING btree ("reader_digests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reader_digests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reader_digests" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reader_digests_fk";
  
  ALTER TABLE "roadmap_progress" ALTER COLUMN "status" SET DATA TYPE text;
  DROP TYPE "public"."enum_roadmap_progress_status";
  CREATE TYPE "public"."enum_roadmap_progress_status" AS ENUM('in_progress', 'done');
  ALTER TABLE "roadmap_progress" ALTER COLUMN "status" SET DATA TYPE "public"."enum_roadmap_progress_status" USING "status"::"public"."enum_roadmap_progress_status";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgeExpiredSignIns', 'purgeStrayDrafts', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgeExpiredSignIns', 'purgeStrayDrafts', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_reader_digests_id_idx";
  ALTER TABLE "readers" DROP COLUMN "theme";
  ALTER TABLE "readers" DROP COLUMN "theme_changed_at";
  ALTER TABLE "readers" DROP COLUMN "weekly_digest";
  ALTER TABLE "bookmarks" DROP COLUMN "seen_at";
  ALTER TABLE "bookmarks" DROP COLUMN "seen_facts";
  ALTER TABLE "bookmarks" DROP COLUMN "digested_facts";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reader_digests_id";
  DROP TYPE "public"."enum_readers_theme";`)
}
