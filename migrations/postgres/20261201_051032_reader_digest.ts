import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_readers_theme" AS ENUM('system', 'light', 'dark');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendReaderDigests' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendReaderDigests' BEFORE 'schedulePublish';
  ALTER TABLE "readers" ADD COLUMN "theme" "enum_readers_theme";
  ALTER TABLE "readers" ADD COLUMN "theme_changed_at" timestamp(3) with time zone;
  ALTER TABLE "readers" ADD COLUMN "weekly_digest" boolean DEFAULT false;
  ALTER TABLE "readers" ADD COLUMN "digest_sent_week" varchar;
  ALTER TABLE "bookmarks" ADD COLUMN "seen_at" timestamp(3) with time zone;
  ALTER TABLE "bookmarks" ADD COLUMN "seen_facts" jsonb;
  ALTER TABLE "bookmarks" ADD COLUMN "digested_hash" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgeExpiredSignIns', 'purgeStrayDrafts', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgeExpiredSignIns', 'purgeStrayDrafts', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "readers" DROP COLUMN "theme";
  ALTER TABLE "readers" DROP COLUMN "theme_changed_at";
  ALTER TABLE "readers" DROP COLUMN "weekly_digest";
  ALTER TABLE "readers" DROP COLUMN "digest_sent_week";
  ALTER TABLE "bookmarks" DROP COLUMN "seen_at";
  ALTER TABLE "bookmarks" DROP COLUMN "seen_facts";
  ALTER TABLE "bookmarks" DROP COLUMN "digested_hash";
  DROP TYPE "public"."enum_readers_theme";`)
}
