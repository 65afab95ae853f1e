import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_verdicts_winner" AS ENUM('first', 'second', 'even');
  CREATE TYPE "public"."enum_articles_kind" AS ENUM('comparison', 'guide');
  CREATE TYPE "public"."enum_articles_market" AS ENUM('IN', 'US', 'GB', 'SG', 'AE');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_verdicts_winner" AS ENUM('first', 'second', 'even');
  CREATE TYPE "public"."enum__articles_v_version_kind" AS ENUM('comparison', 'guide');
  CREATE TYPE "public"."enum__articles_v_version_market" AS ENUM('IN', 'US', 'GB', 'SG', 'AE');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_roles_day_to_day_workplace" AS ENUM('product', 'startup', 'it-services', 'gcc', 'agency');
  CREATE TYPE "public"."enum_roles_career_tracks_track" AS ENUM('ic', 'management');
  CREATE TYPE "public"."enum_roles_demand_level" AS ENUM('low', 'moderate', 'moderate-high', 'high', 'very-high');
  CREATE TYPE "public"."enum_roles_entry_difficulty_level" AS ENUM('low', 'moderate', 'moderate-high', 'high', 'very-high');
  CREATE TYPE "public"."enum_roles_on_call_burden_level" AS ENUM('none', 'occasional', 'regular', 'heavy');
  CREATE TYPE "public"."enum_roles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__roles_v_version_day_to_day_workplace" AS ENUM('product', 'startup', 'it-services', 'gcc', 'agency');
  CREATE TYPE "public"."enum__roles_v_version_career_tracks_track" AS ENUM('ic', 'management');
  CREATE TYPE "public"."enum__roles_v_version_demand_level" AS ENUM('low', 'moderate', 'moderate-high', 'high', 'very-high');
  CREATE TYPE "public"."enum__roles_v_version_entry_difficulty_level" AS ENUM('low', 'moderate', 'moderate-high', 'high', 'very-high');
  CREATE TYPE "public"."enum__roles_v_version_on_call_burden_level" AS ENUM('none', 'occasional', 'regular', 'heavy');
  CREATE TYPE "public"."enum__roles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_salary_tables_rows_level" AS ENUM('fresher', 'mid', 'senior', 'staff');
  CREATE TYPE "public"."enum_salary_tables_market" AS ENUM('IN', 'US', 'GB', 'SG', 'AE');
  CREATE TYPE "public"."enum_salary_tables_currency" AS ENUM('INR', 'USD', 'GBP', 'EUR', 'SGD', 'AED');
  CREATE TYPE "public"."enum_salary_tables_unit" AS ENUM('lpa', 'annual', 'monthly');
  CREATE TYPE "public"."enum_salary_tables_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__salary_tables_v_version_rows_level" AS ENUM('fresher', 'mid', 'senior', 'staff');
  CREATE TYPE "public"."enum__salary_tables_v_version_market" AS ENUM('IN', 'US', 'GB', 'SG', 'AE');
  CREATE TYPE "public"."enum__salary_tables_v_version_currency" AS ENUM('INR', 'USD', 'GBP', 'EUR', 'SGD', 'AED');
  CREATE TYPE "public"."enum__salary_tables_v_version_unit" AS ENUM('lpa', 'annual', 'monthly');
  CREATE TYPE "public"."enum__salary_tables_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'writer');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "articles_extra_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"first" varchar,
  	"second" varchar
  );
  
  CREATE TABLE "articles_pick_signals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"role_id" integer,
  	"signal" varchar,
  	"explanation" varchar
  );
  
  CREATE TABLE "articles_verdicts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"dimension" varchar,
  	"winner" "enum_articles_verdicts_winner",
  	"summary" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_articles_kind" DEFAULT 'comparison',
  	"title" varchar,
  	"slug" varchar,
  	"market" "enum_articles_market" DEFAULT 'IN',
  	"distinction" varchar,
  	"hero_image_id" integer,
  	"body" jsonb,
  	"trajectory" jsonb,
  	"closing_take" jsonb,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer,
  	"authors_id" integer
  );
  
  CREATE TABLE "_articles_v_version_extra_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"first" varchar,
  	"second" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_pick_signals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"role_id" integer,
  	"signal" varchar,
  	"explanation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_verdicts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"dimension" varchar,
  	"winner" "enum__articles_v_version_verdicts_winner",
  	"summary" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__articles_v_version_kind" DEFAULT 'comparison',
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_market" "enum__articles_v_version_market" DEFAULT 'IN',
  	"version_distinction" varchar,
  	"version_hero_image_id" integer,
  	"version_body" jsonb,
  	"version_trajectory" jsonb,
  	"version_closing_take" jsonb,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer,
  	"authors_id" integer
  );
  
  CREATE TABLE "roles_day_to_day" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"workplace" "enum_roles_day_to_day_workplace",
  	"description" varchar
  );
  
  CREATE TABLE "roles_core_skills" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"skill" varchar
  );
  
  CREATE TABLE "roles_toolbox" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tool" varchar,
  	"category" varchar
  );
  
  CREATE TABLE "roles_roadmap" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" varchar,
  	"description" varchar,
  	"skills" varchar
  );
  
  CREATE TABLE "roles_career_tracks_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar
  );
  
  CREATE TABLE "roles_career_tracks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"track" "enum_roles_career_tracks_track"
  );
  
  CREATE TABLE "roles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"overview" jsonb,
  	"work_style" varchar,
  	"demand_level" "enum_roles_demand_level",
  	"demand_note" varchar,
  	"entry_difficulty_level" "enum_roles_entry_difficulty_level",
  	"entry_difficulty_note" varchar,
  	"on_call_burden_level" "enum_roles_on_call_burden_level",
  	"on_call_burden_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_roles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "roles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer
  );
  
  CREATE TABLE "_roles_v_version_day_to_day" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"workplace" "enum__roles_v_version_day_to_day_workplace",
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_roles_v_version_core_skills" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"skill" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_roles_v_version_toolbox" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"tool" varchar,
  	"category" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_roles_v_version_roadmap" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" varchar,
  	"description" varchar,
  	"skills" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_roles_v_version_career_tracks_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_roles_v_version_career_tracks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"track" "enum__roles_v_version_career_tracks_track",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_roles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_overview" jsonb,
  	"version_work_style" varchar,
  	"version_demand_level" "enum__roles_v_version_demand_level",
  	"version_demand_note" varchar,
  	"version_entry_difficulty_level" "enum__roles_v_version_entry_difficulty_level",
  	"version_entry_difficulty_note" varchar,
  	"version_on_call_burden_level" "enum__roles_v_version_on_call_burden_level",
  	"version_on_call_burden_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__roles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_roles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer
  );
  
  CREATE TABLE "salary_tables_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"level" "enum_salary_tables_rows_level",
  	"min" numeric,
  	"max" numeric,
  	"median" numeric
  );
  
  CREATE TABLE "salary_tables" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"role_id" integer,
  	"market" "enum_salary_tables_market" DEFAULT 'IN',
  	"year" numeric,
  	"currency" "enum_salary_tables_currency" DEFAULT 'INR',
  	"unit" "enum_salary_tables_unit" DEFAULT 'lpa',
  	"source" varchar,
  	"methodology" varchar,
  	"last_reviewed" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_salary_tables_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_salary_tables_v_version_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"level" "enum__salary_tables_v_version_rows_level",
  	"min" numeric,
  	"max" numeric,
  	"median" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_salary_tables_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_role_id" integer,
  	"version_market" "enum__salary_tables_v_version_market" DEFAULT 'IN',
  	"version_year" numeric,
  	"version_currency" "enum__salary_tables_v_version_currency" DEFAULT 'INR',
  	"version_unit" "enum__salary_tables_v_version_unit" DEFAULT 'lpa',
  	"version_source" varchar,
  	"version_methodology" varchar,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__salary_tables_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "authors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"job_title" varchar,
  	"bio" varchar,
  	"photo_id" integer,
  	"user_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'writer' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"roles_id" integer,
  	"salary_tables_id" integer,
  	"authors_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles_extra_rows" ADD CONSTRAINT "articles_extra_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_pick_signals" ADD CONSTRAINT "articles_pick_signals_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_pick_signals" ADD CONSTRAINT "articles_pick_signals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_verdicts" ADD CONSTRAINT "articles_verdicts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_extra_rows" ADD CONSTRAINT "_articles_v_version_extra_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_pick_signals" ADD CONSTRAINT "_articles_v_version_pick_signals_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_pick_signals" ADD CONSTRAINT "_articles_v_version_pick_signals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_verdicts" ADD CONSTRAINT "_articles_v_version_verdicts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles_day_to_day" ADD CONSTRAINT "roles_day_to_day_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles_core_skills" ADD CONSTRAINT "roles_core_skills_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles_toolbox" ADD CONSTRAINT "roles_toolbox_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles_roadmap" ADD CONSTRAINT "roles_roadmap_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles_career_tracks_steps" ADD CONSTRAINT "roles_career_tracks_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roles_career_tracks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles_career_tracks" ADD CONSTRAINT "roles_career_tracks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles_rels" ADD CONSTRAINT "roles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles_rels" ADD CONSTRAINT "roles_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_version_day_to_day" ADD CONSTRAINT "_roles_v_version_day_to_day_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_version_core_skills" ADD CONSTRAINT "_roles_v_version_core_skills_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_version_toolbox" ADD CONSTRAINT "_roles_v_version_toolbox_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_version_roadmap" ADD CONSTRAINT "_roles_v_version_roadmap_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_version_career_tracks_steps" ADD CONSTRAINT "_roles_v_version_career_tracks_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roles_v_version_career_tracks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_version_career_tracks" ADD CONSTRAINT "_roles_v_version_career_tracks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v" ADD CONSTRAINT "_roles_v_parent_id_roles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roles_v_rels" ADD CONSTRAINT "_roles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_rels" ADD CONSTRAINT "_roles_v_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "salary_tables_rows" ADD CONSTRAINT "salary_tables_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."salary_tables"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "salary_tables" ADD CONSTRAINT "salary_tables_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_salary_tables_v_version_rows" ADD CONSTRAINT "_salary_tables_v_version_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_salary_tables_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_salary_tables_v" ADD CONSTRAINT "_salary_tables_v_parent_id_salary_tables_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."salary_tables"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_salary_tables_v" ADD CONSTRAINT "_salary_tables_v_version_role_id_roles_id_fk" FOREIGN KEY ("version_role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "authors" ADD CONSTRAINT "authors_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "authors" ADD CONSTRAINT "authors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_salary_tables_fk" FOREIGN KEY ("salary_tables_id") REFERENCES "public"."salary_tables"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_extra_rows_order_idx" ON "articles_extra_rows" USING btree ("_order");
  CREATE INDEX "articles_extra_rows_parent_id_idx" ON "articles_extra_rows" USING btree ("_parent_id");
  CREATE INDEX "articles_pick_signals_order_idx" ON "articles_pick_signals" USING btree ("_order");
  CREATE INDEX "articles_pick_signals_parent_id_idx" ON "articles_pick_signals" USING btree ("_parent_id");
  CREATE INDEX "articles_pick_signals_role_idx" ON "articles_pick_signals" USING btree ("role_id");
  CREATE INDEX "articles_verdicts_order_idx" ON "articles_verdicts" USING btree ("_order");
  CREATE INDEX "articles_verdicts_parent_id_idx" ON "articles_verdicts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_roles_id_idx" ON "articles_rels" USING btree ("roles_id");
  CREATE INDEX "articles_rels_authors_id_idx" ON "articles_rels" USING btree ("authors_id");
  CREATE INDEX "_articles_v_version_extra_rows_order_idx" ON "_articles_v_version_extra_rows" USING btree ("_order");
  CREATE INDEX "_articles_v_version_extra_rows_parent_id_idx" ON "_articles_v_version_extra_rows" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_pick_signals_order_idx" ON "_articles_v_version_pick_signals" USING btree ("_order");
  CREATE INDEX "_articles_v_version_pick_signals_parent_id_idx" ON "_articles_v_version_pick_signals" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_pick_signals_role_idx" ON "_articles_v_version_pick_signals" USING btree ("role_id");
  CREATE INDEX "_articles_v_version_verdicts_order_idx" ON "_articles_v_version_verdicts" USING btree ("_order");
  CREATE INDEX "_articles_v_version_verdicts_parent_id_idx" ON "_articles_v_version_verdicts" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_roles_id_idx" ON "_articles_v_rels" USING btree ("roles_id");
  CREATE INDEX "_articles_v_rels_authors_id_idx" ON "_articles_v_rels" USING btree ("authors_id");
  CREATE INDEX "roles_day_to_day_order_idx" ON "roles_day_to_day" USING btree ("_order");
  CREATE INDEX "roles_day_to_day_parent_id_idx" ON "roles_day_to_day" USING btree ("_parent_id");
  CREATE INDEX "roles_core_skills_order_idx" ON "roles_core_skills" USING btree ("_order");
  CREATE INDEX "roles_core_skills_parent_id_idx" ON "roles_core_skills" USING btree ("_parent_id");
  CREATE INDEX "roles_toolbox_order_idx" ON "roles_toolbox" USING btree ("_order");
  CREATE INDEX "roles_toolbox_parent_id_idx" ON "roles_toolbox" USING btree ("_parent_id");
  CREATE INDEX "roles_roadmap_order_idx" ON "roles_roadmap" USING btree ("_order");
  CREATE INDEX "roles_roadmap_parent_id_idx" ON "roles_roadmap" USING btree ("_parent_id");
  CREATE INDEX "roles_career_tracks_steps_order_idx" ON "roles_career_tracks_steps" USING btree ("_order");
  CREATE INDEX "roles_career_tracks_steps_parent_id_idx" ON "roles_career_tracks_steps" USING btree ("_parent_id");
  CREATE INDEX "roles_career_tracks_order_idx" ON "roles_career_tracks" USING btree ("_order");
  CREATE INDEX "roles_career_tracks_parent_id_idx" ON "roles_career_tracks" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "roles_slug_idx" ON "roles" USING btree ("slug");
  CREATE INDEX "roles_updated_at_idx" ON "roles" USING btree ("updated_at");
  CREATE INDEX "roles_created_at_idx" ON "roles" USING btree ("created_at");
  CREATE INDEX "roles__status_idx" ON "roles" USING btree ("_status");
  CREATE INDEX "roles_rels_order_idx" ON "roles_rels" USING btree ("order");
  CREATE INDEX "roles_rels_parent_idx" ON "roles_rels" USING btree ("parent_id");
  CREATE INDEX "roles_rels_path_idx" ON "roles_rels" USING btree ("path");
  CREATE INDEX "roles_rels_roles_id_idx" ON "roles_rels" USING btree ("roles_id");
  CREATE INDEX "_roles_v_version_day_to_day_order_idx" ON "_roles_v_version_day_to_day" USING btree ("_order");
  CREATE INDEX "_roles_v_version_day_to_day_parent_id_idx" ON "_roles_v_version_day_to_day" USING btree ("_parent_id");
  CREATE INDEX "_roles_v_version_core_skills_order_idx" ON "_roles_v_version_core_skills" USING btree ("_order");
  CREATE INDEX "_roles_v_version_core_skills_parent_id_idx" ON "_roles_v_version_core_skills" USING btree ("_parent_id");
  CREATE INDEX "_roles_v_version_toolbox_order_idx" ON "_roles_v_version_toolbox" USING btree ("_order");
  CREATE INDEX "_roles_v_version_toolbox_parent_id_idx" ON "_roles_v_version_toolbox" USING btree ("_parent_id");
  CREATE INDEX "_roles_v_version_roadmap_order_idx" ON "_roles_v_version_roadmap" USING btree ("_order");
  CREATE INDEX "_roles_v_version_roadmap_parent_id_idx" ON "_roles_v_version_roadmap" USING btree ("_parent_id");
  CREATE INDEX "_roles_v_version_career_tracks_steps_order_idx" ON "_roles_v_version_career_tracks_steps" USING btree ("_order");
  CREATE INDEX "_roles_v_version_career_tracks_steps_parent_id_idx" ON "_roles_v_version_career_tracks_steps" USING btree ("_parent_id");
  CREATE INDEX "_roles_v_version_career_tracks_order_idx" ON "_roles_v_version_career_tracks" USING btree ("_order");
  CREATE INDEX "_roles_v_version_career_tracks_parent_id_idx" ON "_roles_v_version_career_tracks" USING btree ("_parent_id");
  CREATE INDEX "_roles_v_parent_idx" ON "_roles_v" USING btree ("parent_id");
  CREATE INDEX "_roles_v_version_version_slug_idx" ON "_roles_v" USING btree ("version_slug");
  CREATE INDEX "_roles_v_version_version_updated_at_idx" ON "_roles_v" USING btree ("version_updated_at");
  CREATE INDEX "_roles_v_version_version_created_at_idx" ON "_roles_v" USING btree ("version_created_at");
  CREATE INDEX "_roles_v_version_version__status_idx" ON "_roles_v" USING btree ("version__status");
  CREATE INDEX "_roles_v_created_at_idx" ON "_roles_v" USING btree ("created_at");
  CREATE INDEX "_roles_v_updated_at_idx" ON "_roles_v" USING btree ("updated_at");
  CREATE INDEX "_roles_v_latest_idx" ON "_roles_v" USING btree ("latest");
  CREATE INDEX "_roles_v_rels_order_idx" ON "_roles_v_rels" USING btree ("order");
  CREATE INDEX "_roles_v_rels_parent_idx" ON "_roles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_roles_v_rels_path_idx" ON "_roles_v_rels" USING btree ("path");
  CREATE INDEX "_roles_v_rels_roles_id_idx" ON "_roles_v_rels" USING btree ("roles_id");
  CREATE INDEX "salary_tables_rows_order_idx" ON "salary_tables_rows" USING btree ("_order");
  CREATE INDEX "salary_tables_rows_parent_id_idx" ON "salary_tables_rows" USING btree ("_parent_id");
  CREATE INDEX "salary_tables_role_idx" ON "salary_tables" USING btree ("role_id");
  CREATE INDEX "salary_tables_updated_at_idx" ON "salary_tables" USING btree ("updated_at");
  CREATE INDEX "salary_tables_created_at_idx" ON "salary_tables" USING btree ("created_at");
  CREATE INDEX "salary_tables__status_idx" ON "salary_tables" USING btree ("_status");
  CREATE INDEX "_salary_tables_v_version_rows_order_idx" ON "_salary_tables_v_version_rows" USING btree ("_order");
  CREATE INDEX "_salary_tables_v_version_rows_parent_id_idx" ON "_salary_tables_v_version_rows" USING btree ("_parent_id");
  CREATE INDEX "_salary_tables_v_parent_idx" ON "_salary_tables_v" USING btree ("parent_id");
  CREATE INDEX "_salary_tables_v_version_version_role_idx" ON "_salary_tables_v" USING btree ("version_role_id");
  CREATE INDEX "_salary_tables_v_version_version_updated_at_idx" ON "_salary_tables_v" USING btree ("version_updated_at");
  CREATE INDEX "_salary_tables_v_version_version_created_at_idx" ON "_salary_tables_v" USING btree ("version_created_at");
  CREATE INDEX "_salary_tables_v_version_version__status_idx" ON "_salary_tables_v" USING btree ("version__status");
  CREATE INDEX "_salary_tables_v_created_at_idx" ON "_salary_tables_v" USING btree ("created_at");
  CREATE INDEX "_salary_tables_v_updated_at_idx" ON "_salary_tables_v" USING btree ("updated_at");
  CREATE INDEX "_salary_tables_v_latest_idx" ON "_salary_tables_v" USING btree ("latest");
  CREATE UNIQUE INDEX "authors_slug_idx" ON "authors" USING btree ("slug");
  CREATE INDEX "authors_photo_idx" ON "authors" USING btree ("photo_id");
  CREATE INDEX "authors_user_idx" ON "authors" USING btree ("user_id");
  CREATE INDEX "authors_updated_at_idx" ON "authors" USING btree ("updated_at");
  CREATE INDEX "authors_created_at_idx" ON "authors" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_roles_id_idx" ON "payload_locked_documents_rels" USING btree ("roles_id");
  CREATE INDEX "payload_locked_documents_rels_salary_tables_id_idx" ON "payload_locked_documents_rels" USING btree ("salary_tables_id");
  CREATE INDEX "payload_locked_documents_rels_authors_id_idx" ON "payload_locked_documents_rels" USING btree ("authors_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_extra_rows" CASCADE;
  DROP TABLE "articles_pick_signals" CASCADE;
  DROP TABLE "articles_verdicts" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_extra_rows" CASCADE;
  DROP TABLE "_articles_v_version_pick_signals" CASCADE;
  DROP TABLE "_articles_v_version_verdicts" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "roles_day_to_day" CASCADE;
  DROP TABLE "roles_core_skills" CASCADE;
  DROP TABLE "roles_toolbox" CASCADE;
  DROP TABLE "roles_roadmap" CASCADE;
  DROP TABLE "roles_career_tracks_steps" CASCADE;
  DROP TABLE "roles_career_tracks" CASCADE;
  DROP TABLE "roles" CASCADE;
  DROP TABLE "roles_rels" CASCADE;
  DROP TABLE "_roles_v_version_day_to_day" CASCADE;
  DROP TABLE "_roles_v_version_core_skills" CASCADE;
  DROP TABLE "_roles_v_version_toolbox" CASCADE;
  DROP TABLE "_roles_v_version_roadmap" CASCADE;
  DROP TABLE "_roles_v_version_career_tracks_steps" CASCADE;
  DROP TABLE "_roles_v_version_career_tracks" CASCADE;
  DROP TABLE "_roles_v" CASCADE;
  DROP TABLE "_roles_v_rels" CASCADE;
  DROP TABLE "salary_tables_rows" CASCADE;
  DROP TABLE "salary_tables" CASCADE;
  DROP TABLE "_salary_tables_v_version_rows" CASCADE;
  DROP TABLE "_salary_tables_v" CASCADE;
  DROP TABLE "authors" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_articles_verdicts_winner";
  DROP TYPE "public"."enum_articles_kind";
  DROP TYPE "public"."enum_articles_market";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_verdicts_winner";
  DROP TYPE "public"."enum__articles_v_version_kind";
  DROP TYPE "public"."enum__articles_v_version_market";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_roles_day_to_day_workplace";
  DROP TYPE "public"."enum_roles_career_tracks_track";
  DROP TYPE "public"."enum_roles_demand_level";
  DROP TYPE "public"."enum_roles_entry_difficulty_level";
  DROP TYPE "public"."enum_roles_on_call_burden_level";
  DROP TYPE "public"."enum_roles_status";
  DROP TYPE "public"."enum__roles_v_version_day_to_day_workplace";
  DROP TYPE "public"."enum__roles_v_version_career_tracks_track";
  DROP TYPE "public"."enum__roles_v_version_demand_level";
  DROP TYPE "public"."enum__roles_v_version_entry_difficulty_level";
  DROP TYPE "public"."enum__roles_v_version_on_call_burden_level";
  DROP TYPE "public"."enum__roles_v_version_status";
  DROP TYPE "public"."enum_salary_tables_rows_level";
  DROP TYPE "public"."enum_salary_tables_market";
  DROP TYPE "public"."enum_salary_tables_currency";
  DROP TYPE "public"."enum_salary_tables_unit";
  DROP TYPE "public"."enum_salary_tables_status";
  DROP TYPE "public"."enum__salary_tables_v_version_rows_level";
  DROP TYPE "public"."enum__salary_tables_v_version_market";
  DROP TYPE "public"."enum__salary_tables_v_version_currency";
  DROP TYPE "public"."enum__salary_tables_v_version_unit";
  DROP TYPE "public"."enum__salary_tables_v_version_status";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
