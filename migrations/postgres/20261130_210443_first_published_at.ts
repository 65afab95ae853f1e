import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "roles" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_roles_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "salary_tables" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_salary_tables_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;`)
  // Backfill: a document that is live, or has a published version, went live at some point.
  for (const table of ['articles', 'roles', 'salary_tables']) {
    await db.execute(
      sql.raw(
        `UPDATE "${table}" SET "first_published_at" = "updated_at" WHERE "_status" = 'published' OR "id" IN (SELECT "parent_id" FROM "_${table}_v" WHERE "version__status" = 'published')`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "first_published_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_first_published_at";
  ALTER TABLE "roles" DROP COLUMN "first_published_at";
  ALTER TABLE "_roles_v" DROP COLUMN "version_first_published_at";
  ALTER TABLE "salary_tables" DROP COLUMN "first_published_at";
  ALTER TABLE "_salary_tables_v" DROP COLUMN "version_first_published_at";`)
}
