import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_salary_reports_flags" ADD VALUE 'in-hand';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Reports flagged with the value being removed lose that flag: the old type cannot hold it.
  await db.execute(sql`
   DELETE FROM "salary_reports_flags" WHERE "value" = 'in-hand';
   ALTER TABLE "salary_reports_flags" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_salary_reports_flags";
  CREATE TYPE "public"."enum_salary_reports_flags" AS ENUM('outlier', 'implausible', 'burst', 'duplicate', 'changed', 'new-account');
  ALTER TABLE "salary_reports_flags" ALTER COLUMN "value" SET DATA TYPE "public"."enum_salary_reports_flags" USING "value"::"public"."enum_salary_reports_flags";`)
}
