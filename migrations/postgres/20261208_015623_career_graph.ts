import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { readSkillTexts, type SqlRunner, writeSkills } from '../../payload/migrate/skillsFromText'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Careers' free-text skills become skill documents: read before the old columns go.
  const runner: SqlRunner = {
    all: async (query) => (await db.execute(sql.raw(query))).rows,
    run: async (query) => void (await db.execute(sql.raw(query))),
  }
  const skillTexts = await readSkillTexts(runner)
  await db.execute(sql`
   CREATE TYPE "public"."enum_roles_roadmap_resources_type" AS ENUM('documentation', 'course', 'book', 'video', 'project', 'practice');
  CREATE TYPE "public"."enum_roles_roadmap_resources_cost" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum_roles_roadmap_resources_language" AS ENUM('en', 'hi');
  CREATE TYPE "public"."enum_roles_roadmap_resources_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum__roles_v_version_roadmap_resources_type" AS ENUM('documentation', 'course', 'book', 'video', 'project', 'practice');
  CREATE TYPE "public"."enum__roles_v_version_roadmap_resources_cost" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum__roles_v_version_roadmap_resources_language" AS ENUM('en', 'hi');
  CREATE TYPE "public"."enum__roles_v_version_roadmap_resources_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum_skills_category" AS ENUM('foundation', 'language', 'framework', 'platform', 'tool', 'practice', 'domain');
  CREATE TYPE "public"."enum_resource_checks_outcome" AS ENUM('ok', 'moved', 'dead', 'timeout');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'checkResources' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'checkResources' BEFORE 'schedulePublish';
  CREATE TABLE "roles_roadmap_resources" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"type" "enum_roles_roadmap_resources_type",
  	"cost" "enum_roles_roadmap_resources_cost" DEFAULT 'free',
  	"language" "enum_roles_roadmap_resources_language" DEFAULT 'en',
  	"level" "enum_roles_roadmap_resources_level",
  	"hours" numeric
  );
  
  CREATE TABLE "_roles_v_version_roadmap_resources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"type" "enum__roles_v_version_roadmap_resources_type",
  	"cost" "enum__roles_v_version_roadmap_resources_cost" DEFAULT 'free',
  	"language" "enum__roles_v_version_roadmap_resources_language" DEFAULT 'en',
  	"level" "enum__roles_v_version_roadmap_resources_level",
  	"hours" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "skills" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"category" "enum_skills_category",
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "skills_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "resource_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"outcome" "enum_resource_checks_outcome" NOT NULL,
  	"status" numeric,
  	"location" varchar,
  	"checked_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "roles_core_skills" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_roles_v_version_core_skills" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "roles_core_skills" CASCADE;
  DROP TABLE "_roles_v_version_core_skills" CASCADE;
  ALTER TABLE "roles" ADD COLUMN "nco2015" varchar;
  ALTER TABLE "roles" ADD COLUMN "isco08" varchar;
  ALTER TABLE "roles_rels" ADD COLUMN "skills_id" integer;
  ALTER TABLE "_roles_v" ADD COLUMN "version_nco2015" varchar;
  ALTER TABLE "_roles_v" ADD COLUMN "version_isco08" varchar;
  ALTER TABLE "_roles_v_rels" ADD COLUMN "skills_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "skills_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "resource_checks_id" integer;
  ALTER TABLE "roles_roadmap_resources" ADD CONSTRAINT "roles_roadmap_resources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roles_roadmap"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_version_roadmap_resources" ADD CONSTRAINT "_roles_v_version_roadmap_resources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roles_v_version_roadmap"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "skills_texts" ADD CONSTRAINT "skills_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "roles_roadmap_resources_order_idx" ON "roles_roadmap_resources" USING btree ("_order");
  CREATE INDEX "roles_roadmap_resources_parent_id_idx" ON "roles_roadmap_resources" USING btree ("_parent_id");
  CREATE INDEX "_roles_v_version_roadmap_resources_order_idx" ON "_roles_v_version_roadmap_resources" USING btree ("_order");
  CREATE INDEX "_roles_v_version_roadmap_resources_parent_id_idx" ON "_roles_v_version_roadmap_resources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "skills_name_idx" ON "skills" USING btree ("name");
  CREATE INDEX "skills_updated_at_idx" ON "skills" USING btree ("updated_at");
  CREATE INDEX "skills_created_at_idx" ON "skills" USING btree ("created_at");
  CREATE INDEX "skills_texts_order_parent" ON "skills_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "resource_checks_url_idx" ON "resource_checks" USING btree ("url");
  CREATE INDEX "resource_checks_updated_at_idx" ON "resource_checks" USING btree ("updated_at");
  CREATE INDEX "resource_checks_created_at_idx" ON "resource_checks" USING btree ("created_at");
  ALTER TABLE "roles_rels" ADD CONSTRAINT "roles_rels_skills_fk" FOREIGN KEY ("skills_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_rels" ADD CONSTRAINT "_roles_v_rels_skills_fk" FOREIGN KEY ("skills_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_skills_fk" FOREIGN KEY ("skills_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_resource_checks_fk" FOREIGN KEY ("resource_checks_id") REFERENCES "public"."resource_checks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "roles_rels_skills_id_idx" ON "roles_rels" USING btree ("skills_id");
  CREATE INDEX "_roles_v_rels_skills_id_idx" ON "_roles_v_rels" USING btree ("skills_id");
  CREATE INDEX "payload_locked_documents_rels_skills_id_idx" ON "payload_locked_documents_rels" USING btree ("skills_id");
  CREATE INDEX "payload_locked_documents_rels_resource_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("resource_checks_id");
  ALTER TABLE "roles_roadmap" DROP COLUMN "skills";
  ALTER TABLE "_roles_v_version_roadmap" DROP COLUMN "skills";`)
  payload.logger.info(await writeSkills(runner, payload, req, skillTexts))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "roles_core_skills" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"skill" varchar
  );
  
  CREATE TABLE "_roles_v_version_core_skills" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"skill" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "roles_roadmap_resources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_roles_v_version_roadmap_resources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "skills" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "skills_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "resource_checks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "roles_roadmap_resources" CASCADE;
  DROP TABLE "_roles_v_version_roadmap_resources" CASCADE;
  DROP TABLE "skills" CASCADE;
  DROP TABLE "skills_texts" CASCADE;
  DROP TABLE "resource_checks" CASCADE;
  ALTER TABLE "roles_rels" DROP CONSTRAINT IF EXISTS "roles_rels_skills_fk";
  
  ALTER TABLE "_roles_v_rels" DROP CONSTRAINT IF EXISTS "_roles_v_rels_skills_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_skills_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_resource_checks_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgeExpiredSignIns', 'purgeStrayDrafts', 'sendReaderDigests', 'publishReaderFigures', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgeExpiredSignIns', 'purgeStrayDrafts', 'sendReaderDigests', 'publishReaderFigures', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX IF EXISTS "roles_rels_skills_id_idx";
  DROP INDEX IF EXISTS "_roles_v_rels_skills_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_skills_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_resource_checks_id_idx";
  ALTER TABLE "roles_roadmap" ADD COLUMN "skills" varchar;
  ALTER TABLE "_roles_v_version_roadmap" ADD COLUMN "skills" varchar;
  ALTER TABLE "roles_core_skills" ADD CONSTRAINT "roles_core_skills_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_version_core_skills" ADD CONSTRAINT "_roles_v_version_core_skills_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "roles_core_skills_order_idx" ON "roles_core_skills" USING btree ("_order");
  CREATE INDEX "roles_core_skills_parent_id_idx" ON "roles_core_skills" USING btree ("_parent_id");
  CREATE INDEX "_roles_v_version_core_skills_order_idx" ON "_roles_v_version_core_skills" USING btree ("_order");
  CREATE INDEX "_roles_v_version_core_skills_parent_id_idx" ON "_roles_v_version_core_skills" USING btree ("_parent_id");
  ALTER TABLE "roles" DROP COLUMN "nco2015";
  ALTER TABLE "roles" DROP COLUMN "isco08";
  ALTER TABLE "roles_rels" DROP COLUMN "skills_id";
  ALTER TABLE "_roles_v" DROP COLUMN "version_nco2015";
  ALTER TABLE "_roles_v" DROP COLUMN "version_isco08";
  ALTER TABLE "_roles_v_rels" DROP COLUMN "skills_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "skills_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "resource_checks_id";
  DROP TYPE "public"."enum_roles_roadmap_resources_type";
  DROP TYPE "public"."enum_roles_roadmap_resources_cost";
  DROP TYPE "public"."enum_roles_roadmap_resources_language";
  DROP TYPE "public"."enum_roles_roadmap_resources_level";
  DROP TYPE "public"."enum__roles_v_version_roadmap_resources_type";
  DROP TYPE "public"."enum__roles_v_version_roadmap_resources_cost";
  DROP TYPE "public"."enum__roles_v_version_roadmap_resources_language";
  DROP TYPE "public"."enum__roles_v_version_roadmap_resources_level";
  DROP TYPE "public"."enum_skills_category";
  DROP TYPE "public"."enum_resource_checks_outcome";`)
}
