/**
 * `npm run seed`: adds the demo content to the database named by DATABASE_URI (or the default SQLite
 * file) and leaves existing content alone. Without NODE_ENV it behaves as production, the same as
 * `npm start`: it applies the committed migrations and uses data/careerscope.db. `npm run dev` runs it
 * with NODE_ENV=development against the development database.
 */
import nextEnv from '@next/env'

const env = process.env as Record<string, string | undefined>
env.NODE_ENV ??= 'production'
// The same .env files Next reads, so the seed and the server agree on the database.
nextEnv.loadEnvConfig(process.cwd(), env.NODE_ENV === 'development')

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seed } = await import('../payload/seed/seed')

const email = process.env.SEED_ADMIN_EMAIL
const password = process.env.SEED_ADMIN_PASSWORD
if (Boolean(email) !== Boolean(password)) {
  console.error('Set both SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD to create an admin, or neither.')
  process.exit(1)
}

const payload = await getPayload({ config })
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
