/**
 * `npm run scale:fill`: a synthetic catalogue for benchmarks only — 1,000 careers with salary tables
 * and 10,000 articles — in its own database (SCALE_DATABASE_URI, default data/scale.db), never the
 * development or production one. Written through Payload's Local API, so validation, versions and
 * the search index are real; caches are not revalidated (no server is running on it).
 * SCALE_CAREERS and SCALE_ARTICLES change the counts.
 */
import nextEnv from '@next/env'

const env = process.env as Record<string, string | undefined>
env.NODE_ENV ??= 'production'
nextEnv.loadEnvConfig(process.cwd(), false)
env.DATABASE_URI = env.SCALE_DATABASE_URI || 'file:./data/scale.db'
// Nothing the fill writes depends on the secret (no users, no tokens): a benchmark database only.
env.PAYLOAD_SECRET ||= 'scale-benchmark-only-not-a-secret'

const CAREERS = Number(env.SCALE_CAREERS ?? 1000)
const ARTICLES = Number(env.SCALE_ARTICLES ?? 10_000)

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { synthetic } = await import('./synthetic')
const { inBatches } = await import('./batches')

const payload = await getPayload({ config })
const existing = await payload.count({ collection: 'roles', overrideAccess: true })
if (existing.totalDocs > 0) {
  console.error(
    `${env.DATABASE_URI} already holds ${existing.totalDocs} careers: fill an empty database (delete data/scale.db, or point SCALE_DATABASE_URI at a new one).`,
  )
  process.exit(1)
}

let skillIds: Awaited<ReturnType<typeof synthetic.skillsIn>> = new Map()
await inBatches(payload, 'skills', 1, async (_, req) => {
  skillIds = await synthetic.skillsIn(payload, req)
})
const roleIds: (number | string)[] = []
await inBatches(payload, 'careers + salary tables', CAREERS, async (i, req) => {
  const { role, tables } = synthetic.career(i, skillIds)
  const created = await payload.create({ collection: 'roles', data: role, req })
  roleIds.push(created.id)
  for (const table of tables) {
    await payload.create({ collection: 'salary-tables', data: { ...table, role: created.id }, req })
  }
})
await inBatches(payload, 'articles', ARTICLES, async (i, req) => {
  await payload.create({ collection: 'articles', data: synthetic.article(i, roleIds), req })
})
await payload.destroy()
console.log(`Filled ${env.DATABASE_URI}. Serve it with: DATABASE_URI=${env.DATABASE_URI} npm start`)
process.exit(0)
