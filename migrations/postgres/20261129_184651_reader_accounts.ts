import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_roadmap_progress_status" AS ENUM('in_progress', 'done');
  CREATE TABLE "readers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar,
  	"name" varchar,
  	"image" varchar,
  	"email_verified" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bookmarks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reader_id" integer NOT NULL,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bookmarks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer,
  	"articles_id" integer
  );
  
  CREATE TABLE "roadmap_progress" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reader_id" integer NOT NULL,
  	"role_id" integer NOT NULL,
  	"stage" varchar NOT NULL,
  	"status" "enum_roadmap_progress_status" NOT NULL,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reader_accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reader_id" integer NOT NULL,
  	"type" varchar NOT NULL,
  	"provider" varchar NOT NULL,
  	"provider_account_id" varchar NOT NULL,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reader_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reader_id" integer NOT NULL,
  	"token_hash" varchar NOT NULL,
  	"expires" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "verification_tokens" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"identifier" varchar NOT NULL,
  	"token_hash" varchar NOT NULL,
  	"expires" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "readers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bookmarks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "roadmap_progress_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reader_accounts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reader_sessions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "verification_tokens_id" integer;
  ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookmarks_rels" ADD CONSTRAINT "bookmarks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bookmarks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bookmarks_rels" ADD CONSTRAINT "bookmarks_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bookmarks_rels" ADD CONSTRAINT "bookmarks_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roadmap_progress" ADD CONSTRAINT "roadmap_progress_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roadmap_progress" ADD CONSTRAINT "roadmap_progress_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reader_accounts" ADD CONSTRAINT "reader_accounts_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reader_sessions" ADD CONSTRAINT "reader_sessions_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "readers_email_idx" ON "readers" USING btree ("email");
  CREATE INDEX "readers_updated_at_idx" ON "readers" USING btree ("updated_at");
  CREATE INDEX "readers_created_at_idx" ON "readers" USING btree ("created_at");
  CREATE INDEX "bookmarks_reader_idx" ON "bookmarks" USING btree ("reader_id");
  CREATE UNIQUE INDEX "bookmarks_key_idx" ON "bookmarks" USING btree ("key");
  CREATE INDEX "bookmarks_updated_at_idx" ON "bookmarks" USING btree ("updated_at");
  CREATE INDEX "bookmarks_created_at_idx" ON "bookmarks" USING btree ("created_at");
  CREATE INDEX "bookmarks_rels_order_idx" ON "bookmarks_rels" USING btree ("order");
  CREATE INDEX "bookmarks_rels_parent_idx" ON "bookmarks_rels" USING btree ("parent_id");
  CREATE INDEX "bookmarks_rels_path_idx" ON "bookmarks_rels" USING btree ("path");
  CREATE INDEX "bookmarks_rels_roles_id_idx" ON "bookmarks_rels" USING btree ("roles_id");
  CREATE INDEX "bookmarks_rels_articles_id_idx" ON "bookmarks_rels" USING btree ("articles_id");
  CREATE INDEX "roadmap_progress_reader_idx" ON "roadmap_progress" USING btree ("reader_id");
  CREATE INDEX "roadmap_progress_role_idx" ON "roadmap_progress" USING btree ("role_id");
  CREATE UNIQUE INDEX "roadmap_progress_key_idx" ON "roadmap_progress" USING btree ("key");
  CREATE INDEX "roadmap_progress_updated_at_idx" ON "roadmap_progress" USING btree ("updated_at");
  CREATE INDEX "roadmap_progress_created_at_idx" ON "roadmap_progress" USING btree ("created_at");
  CREATE INDEX "reader_accounts_reader_idx" ON "reader_accounts" USING btree ("reader_id");
  CREATE UNIQUE INDEX "reader_accounts_key_idx" ON "reader_accounts" USING btree ("key");
  CREATE INDEX "reader_accounts_updated_at_idx" ON "reader_accounts" USING btree ("updated_at");
  CREATE INDEX "reader_accounts_created_at_idx" ON "reader_accounts" USING btree ("created_at");
  CREATE INDEX "reader_sessions_reader_idx" ON "reader_sessions" USING btree ("reader_id");
  CREATE UNIQUE INDEX "reader_sessions_token_hash_idx" ON "reader_sessions" USING btree ("token_hash");
  CREATE INDEX "reader_sessions_updated_at_idx" ON "reader_sessions" USING btree ("updated_at");
  CREATE INDEX "reader_sessions_created_at_idx" ON "reader_sessions" USING btree ("created_at");
  CREATE INDEX "verification_tokens_identifier_idx" ON "verification_tokens" USING btree ("identifier");
  CREATE UNIQUE INDEX "verification_tokens_token_hash_idx" ON "verification_tokens" USING btree ("token_hash");
  CREATE INDEX "verification_tokens_updated_at_idx" ON "verification_tokens" USING btree ("updated_at");
  CREATE INDEX "verification_tokens_created_at_idx" ON "verification_tokens" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_readers_fk" FOREIGN KEY ("readers_id") REFERENCES "public"."readers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bookmarks_fk" FOREIGN KEY ("bookmarks_id") REFERENCES "public"."bookmarks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_roadmap_progress_fk" FOREIGN KEY ("roadmap_progress_id") REFERENCES "public"."roadmap_progress"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reader_accounts_fk" FOREIGN KEY ("reader_accounts_id") REFERENCES "public"."reader_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reader_sessions_fk" FOREIGN KEY ("reader_sessions_id") REFERENCES "public"."reader_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_verification_tokens_fk" FOREIGN KEY ("verification_tokens_id") REFERENCES "public"."verification_tokens"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_readers_id_idx" ON "payload_locked_documents_rels" USING btree ("readers_id");
  CREATE INDEX "payload_locked_documents_rels_bookmarks_id_idx" ON "payload_locked_documents_rels" USING btree ("bookmarks_id");
  CREATE INDEX "payload_locked_documents_rels_roadmap_progress_id_idx" ON "payload_locked_documents_rels" USING btree ("roadmap_progress_id");
  CREATE INDEX "payload_locked_documents_rels_reader_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("reader_accounts_id");
  CREATE INDEX "payload_locked_documents_rels_reader_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("reader_sessions_id");
  CREATE INDEX "payload_locked_documents_rels_verification_tokens_id_idx" ON "payload_locked_documents_rels" USING btree ("verification_tokens_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "readers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bookmarks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bookmarks_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "roadmap_progress" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reader_accounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reader_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "verification_tokens" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "readers" CASCADE;
  DROP TABLE "bookmarks" CASCADE;
  DROP TABLE "bookmarks_rels" CASCADE;
  DROP TABLE "roadmap_progress" CASCADE;
  DROP TABLE "reader_accounts" CASCADE;
  DROP TABLE "reader_sessions" CASCADE;
  DROP TABLE "verification_tokens" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_readers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bookmarks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_roadmap_progress_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reader_accounts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reader_sessions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_verification_tokens_fk";
  
  DROP INDEX "payload_locked_documents_rels_readers_id_idx";
  DROP INDEX "payload_locked_documents_rels_bookmarks_id_idx";
  DROP INDEX "payload_locked_documents_rels_roadmap_progress_id_idx";
  DROP INDEX "payload_locked_documents_rels_reader_accounts_id_idx";
  DROP INDEX "payload_locked_documents_rels_reader_sessions_id_idx";
  DROP INDEX "payload_locked_documents_rels_verification_tokens_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "readers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bookmarks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "roadmap_progress_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reader_accounts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reader_sessions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "verification_tokens_id";
  DROP TYPE "public"."enum_roadmap_progress_status";`)
}
