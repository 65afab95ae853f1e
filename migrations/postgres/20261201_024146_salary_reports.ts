import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_salary_reports_flags" AS ENUM('outlier', 'implausible', 'burst', 'duplicate');
  CREATE TYPE "public"."enum_salary_reports_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_salary_reports_level" AS ENUM('fresher', 'mid', 'senior', 'staff');
  CREATE TYPE "public"."enum_salary_reports_market" AS ENUM('IN');
  CREATE TYPE "public"."enum_salary_reports_city" AS ENUM('bengaluru', 'hyderabad', 'pune', 'chennai', 'mumbai', 'delhi-ncr', 'kolkata', 'ahmedabad', 'kochi', 'other', 'remote');
  CREATE TYPE "public"."enum_salary_reports_company_type" AS ENUM('it-services', 'product', 'startup', 'gcc', 'other');
  CREATE TABLE "salary_reports_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_salary_reports_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "salary_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_salary_reports_status" DEFAULT 'pending' NOT NULL,
  	"rejection_reason" varchar,
  	"flag_notes" varchar,
  	"contributor" varchar NOT NULL,
  	"reader_id" integer NOT NULL,
  	"address_fingerprint" varchar,
  	"role_id" integer NOT NULL,
  	"level" "enum_salary_reports_level" NOT NULL,
  	"years_of_experience" numeric,
  	"year" numeric NOT NULL,
  	"market" "enum_salary_reports_market" DEFAULT 'IN' NOT NULL,
  	"city" "enum_salary_reports_city" NOT NULL,
  	"company_type" "enum_salary_reports_company_type" NOT NULL,
  	"ctc" numeric NOT NULL,
  	"fixed" numeric NOT NULL,
  	"variable" numeric NOT NULL,
  	"stock" numeric NOT NULL,
  	"monthly_in_hand" numeric,
  	"submitted_at" timestamp(3) with time zone,
  	"moderated_at" timestamp(3) with time zone,
  	"moderated_by_id" integer,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "salary_reports_id" integer;
  ALTER TABLE "salary_reports_flags" ADD CONSTRAINT "salary_reports_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."salary_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "salary_reports" ADD CONSTRAINT "salary_reports_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "salary_reports" ADD CONSTRAINT "salary_reports_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "salary_reports" ADD CONSTRAINT "salary_reports_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "salary_reports_flags_order_idx" ON "salary_reports_flags" USING btree ("order");
  CREATE INDEX "salary_reports_flags_parent_idx" ON "salary_reports_flags" USING btree ("parent_id");
  CREATE INDEX "salary_reports_status_idx" ON "salary_reports" USING btree ("status");
  CREATE INDEX "salary_reports_contributor_idx" ON "salary_reports" USING btree ("contributor");
  CREATE INDEX "salary_reports_reader_idx" ON "salary_reports" USING btree ("reader_id");
  CREATE INDEX "salary_reports_address_fingerprint_idx" ON "salary_reports" USING btree ("address_fingerprint");
  CREATE INDEX "salary_reports_role_idx" ON "salary_reports" USING btree ("role_id");
  CREATE INDEX "salary_reports_year_idx" ON "salary_reports" USING btree ("year");
  CREATE INDEX "salary_reports_submitted_at_idx" ON "salary_reports" USING btree ("submitted_at");
  CREATE INDEX "salary_reports_moderated_by_idx" ON "salary_reports" USING btree ("moderated_by_id");
  CREATE UNIQUE INDEX "salary_reports_key_idx" ON "salary_reports" USING btree ("key");
  CREATE INDEX "salary_reports_updated_at_idx" ON "salary_reports" USING btree ("updated_at");
  CREATE INDEX "salary_reports_created_at_idx" ON "salary_reports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_salary_reports_fk" FOREIGN KEY ("salary_reports_id") REFERENCES "public"."salary_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_salary_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("salary_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "salary_reports_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "salary_reports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "salary_reports_flags" CASCADE;
  DROP TABLE "salary_reports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_salary_reports_fk";
  
  DROP INDEX "payload_locked_documents_rels_salary_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "salary_reports_id";
  DROP TYPE "public"."enum_salary_reports_flags";
  DROP TYPE "public"."enum_salary_reports_status";
  DROP TYPE "public"."enum_salary_reports_level";
  DROP TYPE "public"."enum_salary_reports_market";
  DROP TYPE "public"."enum_salary_reports_city";
  DROP TYPE "public"."enum_salary_reports_company_type";`)
}
