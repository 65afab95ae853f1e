import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_salary_reports_flags" ADD VALUE 'changed';
  ALTER TYPE "public"."enum_salary_reports_flags" ADD VALUE 'new-account';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'publishReaderFigures' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'publishReaderFigures' BEFORE 'schedulePublish';
  CREATE TABLE "salary_report_holds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reader_id" integer NOT NULL,
  	"role_id" integer,
  	"year" numeric NOT NULL,
  	"until" timestamp(3) with time zone NOT NULL,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "salary_reports" ADD COLUMN "counts_from" timestamp(3) with time zone;
  ALTER TABLE "salary_reports" ADD COLUMN "changes" numeric DEFAULT 0;
  ALTER TABLE "salary_reports" ADD COLUMN "changed_at" timestamp(3) with time zone;
  ALTER TABLE "salary_reports" ADD COLUMN "first_approved_at" timestamp(3) with time zone;
  ALTER TABLE "salary_reports" ADD COLUMN "account_created_at" timestamp(3) with time zone;
  ALTER TABLE "salary_reports" ADD COLUMN "member_key" varchar;
  -- Written by hand: every report sent so far gets its own version key, and approved ones count from
  -- when they were approved (lib/salaries/reports/timing.ts; the generator cannot add a required column).
  UPDATE "salary_reports" SET "member_key" = md5(random()::text || "id"::text || clock_timestamp()::text);
  UPDATE "salary_reports" SET "counts_from" = COALESCE("moderated_at", "created_at"), "first_approved_at" = COALESCE("moderated_at", "created_at") WHERE "status" = 'approved';
  ALTER TABLE "salary_reports" ALTER COLUMN "member_key" SET NOT NULL;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "salary_report_holds_id" integer;
  ALTER TABLE "salary_report_holds" ADD CONSTRAINT "salary_report_holds_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "salary_report_holds" ADD CONSTRAINT "salary_report_holds_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "salary_report_holds_reader_idx" ON "salary_report_holds" USING btree ("reader_id");
  CREATE INDEX "salary_report_holds_role_idx" ON "salary_report_holds" USING btree ("role_id");
  CREATE INDEX "salary_report_holds_until_idx" ON "salary_report_holds" USING btree ("until");
  CREATE UNIQUE INDEX "salary_report_holds_key_idx" ON "salary_report_holds" USING btree ("key");
  CREATE INDEX "salary_report_holds_updated_at_idx" ON "salary_report_holds" USING btree ("updated_at");
  CREATE INDEX "salary_report_holds_created_at_idx" ON "salary_report_holds" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_salary_report_holds_fk" FOREIGN KEY ("salary_report_holds_id") REFERENCES "public"."salary_report_holds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "salary_reports_counts_from_idx" ON "salary_reports" USING btree ("counts_from");
  CREATE INDEX "payload_locked_documents_rels_salary_report_holds_id_idx" ON "payload_locked_documents_rels" USING btree ("salary_report_holds_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "salary_report_holds" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "salary_report_holds" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_salary_report_holds_fk";
  
  ALTER TABLE "salary_reports_flags" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_salary_reports_flags";
  CREATE TYPE "public"."enum_salary_reports_flags" AS ENUM('outlier', 'implausible', 'burst', 'duplicate');
  ALTER TABLE "salary_reports_flags" ALTER COLUMN "value" SET DATA TYPE "public"."enum_salary_reports_flags" USING "value"::"public"."enum_salary_reports_flags";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgeExpiredSignIns', 'purgeStrayDrafts', 'sendReaderDigests', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgeExpiredSignIns', 'purgeStrayDrafts', 'sendReaderDigests', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "salary_reports_counts_from_idx";
  DROP INDEX "payload_locked_documents_rels_salary_report_holds_id_idx";
  ALTER TABLE "salary_reports" DROP COLUMN "counts_from";
  ALTER TABLE "salary_reports" DROP COLUMN "changes";
  ALTER TABLE "salary_reports" DROP COLUMN "changed_at";
  ALTER TABLE "salary_reports" DROP COLUMN "first_approved_at";
  ALTER TABLE "salary_reports" DROP COLUMN "account_created_at";
  ALTER TABLE "salary_reports" DROP COLUMN "member_key";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "salary_report_holds_id";`)
}
