import path from 'node:path'

import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

/** The integration suite, once per database: SQLite always, Postgres when TEST_POSTGRES_URL is set. */
function integration(
  name: string,
  setupFile: string,
  templateFile?: string,
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include: ['tests/int/**/*.test.ts'],
      // The template: one database migrated once per run, which every test file starts from.
      globalSetup: templateFile ? [templateFile] : [],
      setupFiles: [setupFile],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  }
}

if (!process.env.TEST_POSTGRES_URL) {
  console.warn(
    '[vitest] int-postgres skipped: TEST_POSTGRES_URL is not set (.ci/run sets it; see README).',
  )
}
if (!process.env.TEST_MONGODB_URL) {
  console.warn(
    '[vitest] int-mongodb skipped: TEST_MONGODB_URL is not set (no MongoDB server on this machine).',
  )
}

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    environment: 'node',
    env: {
      PAYLOAD_SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
      NEXT_TELEMETRY_DISABLED: '1',
      // Approved reader reports count at once here; tests/int/salary-report-attacks.test.ts runs
      // with production's publication points and account wait.
      READER_FIGURES_EVERY_SECONDS: '0',
      READER_REPORT_ACCOUNT_WAIT_DAYS: '0',
    },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      integration('int-sqlite', 'tests/int/setup/sqlite.ts', 'tests/int/setup/sqlite-template.ts'),
      ...(process.env.TEST_POSTGRES_URL
        ? [
            integration(
              'int-postgres',
              'tests/int/setup/postgres.ts',
              'tests/int/setup/postgres-template.ts',
            ),
          ]
        : []),
      ...(process.env.TEST_MONGODB_URL
        ? [integration('int-mongodb', 'tests/int/setup/mongodb.ts')]
        : []),
    ],
  },
})
