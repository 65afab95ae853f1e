/**
 * `npm run seed`: adds the demo content to the database named by DATABASE_URI (or the default SQLite
 * file) and leaves existing content alone (see localApi.ts for the environment). `npm run dev` runs
 * it with NODE_ENV=development against the development database.
 */
import { loadScriptEnv, localPayload } from './localApi'

// SEED_ADMIN_* may come from .env: loaded before they are read.
loadScriptEnv()
const email = process.env.SEED_ADMIN_EMAIL
const password = process.env.SEED_ADMIN_PASSWORD
if (Boolean(email) !== Boolean(password)) {
  console.error('Set both SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD to create an admin, or neither.')
  process.exit(1)
}

const payload = await localPayload()
const { seed } = await import('../payload/seed/seed')

const report = await seed(payload, {
  admin: email && password ? { email, password } : undefined,
  // The end-to-end suite's production build shows example reader figures (never a real site's).
  reportExamples: process.env.SEED_REPORT_EXAMPLES === 'true' || undefined,
})
console.log(
  `Seed: ${report.created.length} created${report.created.length ? ` (${report.created.join(', ')})` : ''}, ${report.kept.length} already present.`,
)
await payload.destroy()
process.exit(0)
