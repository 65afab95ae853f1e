import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../../..')

/**
 * Brings a brand-new database to the committed schema with the committed migrations (`payload
 * migrate`, as production does), once per run. Every test file then starts from a copy of it instead
 * of pushing the schema itself, which took most of each file's boot (about 4 s on SQLite, 6 s on
 * Postgres, two cores).
 */
export function migrated(uri: string): void {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/payload-cli.mjs'), 'migrate'],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URI: uri,
        PAYLOAD_SECRET: 'test-template-0123456789abcdef0123456789abcdef',
      },
      encoding: 'utf8',
    },
  )
  if (result.status !== 0) {
    throw new Error(
      `payload migrate on the test template failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    )
  }
}
