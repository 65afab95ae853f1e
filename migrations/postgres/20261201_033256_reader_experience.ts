import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "reader_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reader_id" integer NOT NULL,
  	"stage" varchar,
  	"text" varchar NOT NULL,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reader_notes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer,
  	"articles_id" integer
  );
  
  ALTER TABLE "roadmap_progress" ADD COLUMN "changed_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reader_notes_id" integer;
  ALTER TABLE "reader_notes" ADD CONSTRAINT "reader_notes_reader_id_readers_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."readers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reader_notes_rels" ADD CONSTRAINT "reader_notes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reader_notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reader_notes_rels" ADD CONSTRAINT "reader_notes_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reader_notes_rels" ADD CONSTRAINT "reader_notes_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reader_notes_reader_idx" ON "reader_notes" USING btree ("reader_id");
  CREATE UNIQUE INDEX "reader_notes_key_idx" ON "reader_notes" USING btree ("key");
  CREATE INDEX "reader_notes_updated_at_idx" ON "reader_notes" USING btree ("updated_at");
  CREATE INDEX "reader_notes_created_at_idx" ON "reader_notes" USING btree ("created_at");
  CREATE INDEX "reader_notes_rels_order_idx" ON "reader_notes_rels" USING btree ("order");
  CREATE INDEX "reader_notes_rels_parent_idx" ON "reader_notes_rels" USING btree ("parent_id");
  CREATE INDEX "reader_notes_rels_path_idx" ON "reader_notes_rels" USING btree ("path");
  CREATE INDEX "reader_notes_rels_roles_id_idx" ON "reader_notes_rels" USING btree ("roles_id");
  CREATE INDEX "reader_notes_rels_articles_id_idx" ON "reader_notes_rels" USING btree ("articles_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reader_notes_fk" FOREIGN KEY ("reader_notes_id") REFERENCES "public"."reader_notes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reader_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("reader_notes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reader_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reader_notes_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reader_notes" CASCADE;
  DROP TABLE "reader_notes_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reader_notes_fk";
  
  DROP INDEX "payload_locked_documents_rels_reader_notes_id_idx";
  ALTER TABLE "roadmap_progress" DROP COLUMN "changed_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reader_notes_id";`)
}
