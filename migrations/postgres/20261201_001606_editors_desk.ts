import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_review_state" AS ENUM('none', 'ready', 'changes');
  CREATE TYPE "public"."enum__articles_v_version_review_state" AS ENUM('none', 'ready', 'changes');
  CREATE TYPE "public"."enum_roles_review_state" AS ENUM('none', 'ready', 'changes');
  CREATE TYPE "public"."enum__roles_v_version_review_state" AS ENUM('none', 'ready', 'changes');
  CREATE TYPE "public"."enum_salary_tables_review_state" AS ENUM('none', 'ready', 'changes');
  CREATE TYPE "public"."enum__salary_tables_v_version_review_state" AS ENUM('none', 'ready', 'changes');
  CREATE TYPE "public"."enum_users_time_zone" AS ENUM('Asia/Kolkata', 'UTC', 'Europe/London', 'Europe/Berlin', 'Asia/Dubai', 'Asia/Singapore', 'America/New_York', 'America/Los_Angeles', 'Australia/Sydney');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeStrayDrafts' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeStrayDrafts' BEFORE 'schedulePublish';
  ALTER TABLE "articles" ADD COLUMN "review_state" "enum_articles_review_state" DEFAULT 'none';
  ALTER TABLE "articles" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "articles" ADD COLUMN "review_requested_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "review_commented_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "review_commented_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_state" "enum__articles_v_version_review_state" DEFAULT 'none';
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_requested_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_commented_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_commented_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "roles" ADD COLUMN "review_state" "enum_roles_review_state" DEFAULT 'none';
  ALTER TABLE "roles" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "roles" ADD COLUMN "review_requested_by_id" integer;
  ALTER TABLE "roles" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "roles" ADD COLUMN "review_commented_by_id" integer;
  ALTER TABLE "roles" ADD COLUMN "review_commented_at" timestamp(3) with time zone;
  ALTER TABLE "roles" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_roles_v" ADD COLUMN "version_review_state" "enum__roles_v_version_review_state" DEFAULT 'none';
  ALTER TABLE "_roles_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_roles_v" ADD COLUMN "version_review_requested_by_id" integer;
  ALTER TABLE "_roles_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_roles_v" ADD COLUMN "version_review_commented_by_id" integer;
  ALTER TABLE "_roles_v" ADD COLUMN "version_review_commented_at" timestamp(3) with time zone;
  ALTER TABLE "_roles_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "salary_tables" ADD COLUMN "review_state" "enum_salary_tables_review_state" DEFAULT 'none';
  ALTER TABLE "salary_tables" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "salary_tables" ADD COLUMN "review_requested_by_id" integer;
  ALTER TABLE "salary_tables" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "salary_tables" ADD COLUMN "review_commented_by_id" integer;
  ALTER TABLE "salary_tables" ADD COLUMN "review_commented_at" timestamp(3) with time zone;
  ALTER TABLE "salary_tables" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_salary_tables_v" ADD COLUMN "version_review_state" "enum__salary_tables_v_version_review_state" DEFAULT 'none';
  ALTER TABLE "_salary_tables_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_salary_tables_v" ADD COLUMN "version_review_requested_by_id" integer;
  ALTER TABLE "_salary_tables_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_salary_tables_v" ADD COLUMN "version_review_commented_by_id" integer;
  ALTER TABLE "_salary_tables_v" ADD COLUMN "version_review_commented_at" timestamp(3) with time zone;
  ALTER TABLE "_salary_tables_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "users" ADD COLUMN "time_zone" "enum_users_time_zone" DEFAULT 'Asia/Kolkata';
  ALTER TABLE "articles" ADD CONSTRAINT "articles_review_requested_by_id_users_id_fk" FOREIGN KEY ("review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_review_commented_by_id_users_id_fk" FOREIGN KEY ("review_commented_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_review_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_review_commented_by_id_users_id_fk" FOREIGN KEY ("version_review_commented_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roles" ADD CONSTRAINT "roles_review_requested_by_id_users_id_fk" FOREIGN KEY ("review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roles" ADD CONSTRAINT "roles_review_commented_by_id_users_id_fk" FOREIGN KEY ("review_commented_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roles" ADD CONSTRAINT "roles_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roles_v" ADD CONSTRAINT "_roles_v_version_review_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roles_v" ADD CONSTRAINT "_roles_v_version_review_commented_by_id_users_id_fk" FOREIGN KEY ("version_review_commented_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roles_v" ADD CONSTRAINT "_roles_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "salary_tables" ADD CONSTRAINT "salary_tables_review_requested_by_id_users_id_fk" FOREIGN KEY ("review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "salary_tables" ADD CONSTRAINT "salary_tables_review_commented_by_id_users_id_fk" FOREIGN KEY ("review_commented_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "salary_tables" ADD CONSTRAINT "salary_tables_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_salary_tables_v" ADD CONSTRAINT "_salary_tables_v_version_review_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_salary_tables_v" ADD CONSTRAINT "_salary_tables_v_version_review_commented_by_id_users_id_fk" FOREIGN KEY ("version_review_commented_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_salary_tables_v" ADD CONSTRAINT "_salary_tables_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_review_review_requested_by_idx" ON "articles" USING btree ("review_requested_by_id");
  CREATE INDEX "articles_review_review_commented_by_idx" ON "articles" USING btree ("review_commented_by_id");
  CREATE INDEX "articles_last_edited_by_idx" ON "articles" USING btree ("last_edited_by_id");
  CREATE INDEX "_articles_v_version_review_version_review_requested_by_idx" ON "_articles_v" USING btree ("version_review_requested_by_id");
  CREATE INDEX "_articles_v_version_review_version_review_commented_by_idx" ON "_articles_v" USING btree ("version_review_commented_by_id");
  CREATE INDEX "_articles_v_version_version_last_edited_by_idx" ON "_articles_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "roles_review_review_requested_by_idx" ON "roles" USING btree ("review_requested_by_id");
  CREATE INDEX "roles_review_review_commented_by_idx" ON "roles" USING btree ("review_commented_by_id");
  CREATE INDEX "roles_last_edited_by_idx" ON "roles" USING btree ("last_edited_by_id");
  CREATE INDEX "_roles_v_version_review_version_review_requested_by_idx" ON "_roles_v" USING btree ("version_review_requested_by_id");
  CREATE INDEX "_roles_v_version_review_version_review_commented_by_idx" ON "_roles_v" USING btree ("version_review_commented_by_id");
  CREATE INDEX "_roles_v_version_version_last_edited_by_idx" ON "_roles_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "salary_tables_review_review_requested_by_idx" ON "salary_tables" USING btree ("review_requested_by_id");
  CREATE INDEX "salary_tables_review_review_commented_by_idx" ON "salary_tables" USING btree ("review_commented_by_id");
  CREATE INDEX "salary_tables_last_edited_by_idx" ON "salary_tables" USING btree ("last_edited_by_id");
  CREATE INDEX "_salary_tables_v_version_review_version_review_requested_idx" ON "_salary_tables_v" USING btree ("version_review_requested_by_id");
  CREATE INDEX "_salary_tables_v_version_review_version_review_commented_idx" ON "_salary_tables_v" USING btree ("version_review_commented_by_id");
  CREATE INDEX "_salary_tables_v_version_version_last_edited_by_idx" ON "_salary_tables_v" USING btree ("version_last_edited_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP CONSTRAINT "articles_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_review_commented_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_review_commented_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "roles" DROP CONSTRAINT "roles_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "roles" DROP CONSTRAINT "roles_review_commented_by_id_users_id_fk";
  
  ALTER TABLE "roles" DROP CONSTRAINT "roles_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_roles_v" DROP CONSTRAINT "_roles_v_version_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "_roles_v" DROP CONSTRAINT "_roles_v_version_review_commented_by_id_users_id_fk";
  
  ALTER TABLE "_roles_v" DROP CONSTRAINT "_roles_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "salary_tables" DROP CONSTRAINT "salary_tables_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "salary_tables" DROP CONSTRAINT "salary_tables_review_commented_by_id_users_id_fk";
  
  ALTER TABLE "salary_tables" DROP CONSTRAINT "salary_tables_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_salary_tables_v" DROP CONSTRAINT "_salary_tables_v_version_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "_salary_tables_v" DROP CONSTRAINT "_salary_tables_v_version_review_commented_by_id_users_id_fk";
  
  ALTER TABLE "_salary_tables_v" DROP CONSTRAINT "_salary_tables_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgeExpiredSignIns', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgeExpiredSignIns', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_review_review_requested_by_idx";
  DROP INDEX "articles_review_review_commented_by_idx";
  DROP INDEX "articles_last_edited_by_idx";
  DROP INDEX "_articles_v_version_review_version_review_requested_by_idx";
  DROP INDEX "_articles_v_version_review_version_review_commented_by_idx";
  DROP INDEX "_articles_v_version_version_last_edited_by_idx";
  DROP INDEX "roles_review_review_requested_by_idx";
  DROP INDEX "roles_review_review_commented_by_idx";
  DROP INDEX "roles_last_edited_by_idx";
  DROP INDEX "_roles_v_version_review_version_review_requested_by_idx";
  DROP INDEX "_roles_v_version_review_version_review_commented_by_idx";
  DROP INDEX "_roles_v_version_version_last_edited_by_idx";
  DROP INDEX "salary_tables_review_review_requested_by_idx";
  DROP INDEX "salary_tables_review_review_commented_by_idx";
  DROP INDEX "salary_tables_last_edited_by_idx";
  DROP INDEX "_salary_tables_v_version_review_version_review_requested_idx";
  DROP INDEX "_salary_tables_v_version_review_version_review_commented_idx";
  DROP INDEX "_salary_tables_v_version_version_last_edited_by_idx";
  ALTER TABLE "articles" DROP COLUMN "review_state";
  ALTER TABLE "articles" DROP COLUMN "review_comment";
  ALTER TABLE "articles" DROP COLUMN "review_requested_by_id";
  ALTER TABLE "articles" DROP COLUMN "review_requested_at";
  ALTER TABLE "articles" DROP COLUMN "review_commented_by_id";
  ALTER TABLE "articles" DROP COLUMN "review_commented_at";
  ALTER TABLE "articles" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_requested_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_commented_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_commented_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "roles" DROP COLUMN "review_state";
  ALTER TABLE "roles" DROP COLUMN "review_comment";
  ALTER TABLE "roles" DROP COLUMN "review_requested_by_id";
  ALTER TABLE "roles" DROP COLUMN "review_requested_at";
  ALTER TABLE "roles" DROP COLUMN "review_commented_by_id";
  ALTER TABLE "roles" DROP COLUMN "review_commented_at";
  ALTER TABLE "roles" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_roles_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_roles_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_roles_v" DROP COLUMN "version_review_requested_by_id";
  ALTER TABLE "_roles_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_roles_v" DROP COLUMN "version_review_commented_by_id";
  ALTER TABLE "_roles_v" DROP COLUMN "version_review_commented_at";
  ALTER TABLE "_roles_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "salary_tables" DROP COLUMN "review_state";
  ALTER TABLE "salary_tables" DROP COLUMN "review_comment";
  ALTER TABLE "salary_tables" DROP COLUMN "review_requested_by_id";
  ALTER TABLE "salary_tables" DROP COLUMN "review_requested_at";
  ALTER TABLE "salary_tables" DROP COLUMN "review_commented_by_id";
  ALTER TABLE "salary_tables" DROP COLUMN "review_commented_at";
  ALTER TABLE "salary_tables" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_salary_tables_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_salary_tables_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_salary_tables_v" DROP COLUMN "version_review_requested_by_id";
  ALTER TABLE "_salary_tables_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_salary_tables_v" DROP COLUMN "version_review_commented_by_id";
  ALTER TABLE "_salary_tables_v" DROP COLUMN "version_review_commented_at";
  ALTER TABLE "_salary_tables_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "users" DROP COLUMN "time_zone";
  DROP TYPE "public"."enum_articles_review_state";
  DROP TYPE "public"."enum__articles_v_version_review_state";
  DROP TYPE "public"."enum_roles_review_state";
  DROP TYPE "public"."enum__roles_v_version_review_state";
  DROP TYPE "public"."enum_salary_tables_review_state";
  DROP TYPE "public"."enum__salary_tables_v_version_review_state";
  DROP TYPE "public"."enum_users_time_zone";`)
}
