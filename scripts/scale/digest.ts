/**
 * `npm run scale:digest`: what "what changed" and the weekly digest cost with many readers, on a
 * fresh temporary SQLite database (or SCALE_DATABASE_URI, which must be empty): careers with salary
 * tables and comparisons, readers who each saved ten pages and opted in (SCALE_READERS, default
 * 1,000). Times /account's overview, a page view's "seen" write, then a week of band changes and
 * the digest run that follows — with delivery counted, not sent.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import nextEnv from '@next/env'

const env = process.env as Record<string, string | undefined>
env.NODE_ENV ??= 'production'
nextEnv.loadEnvConfig(process.cwd(), false)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerscope-digest-'))
env.DATABASE_URI = env.SCALE_DATABASE_URI || `file:${path.join(dir, 'digest.db')}`
env.PAYLOAD_SECRET ||= 'scale-benchmark-only-not-a-secret'
env.NEXTAUTH_SECRET ||= 'scale-benchmark-only-not-a-secret-either'

const READERS = Number(env.SCALE_READERS ?? 1000)
const CAREERS = 100
const COMPARISONS = 50
const SAVES = 10

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { synthetic } = await import('./synthetic')
const { inBatches } = await import('./batches')
const { timed } = await import('./timed')
const { accountOverview } = await import('../../lib/readers/account')
const { currentPageFacts } = await import('../../lib/readers/pageFacts')
const { pageKey } = await import('../../lib/readers/publishedPages')
const { markSeen } = await import('../../lib/readers/saves')
const { toDocId } = await import('../../lib/platform/ids')
const { sendWeeklyDigests } = await import('../../lib/readers/weeklyDigest')

const payload = await getPayload({ config })

let skillIds: Awaited<ReturnType<typeof synthetic.skillsIn>> = new Map()
await inBatches(payload, 'skills', 1, async (_, req) => {
  skillIds = await synthetic.skillsIn(payload, req)
})
const roleIds: (number | string)[] = []
const tableIds: (number | string)[] = []
await inBatches(payload, 'careers + salary tables', CAREERS, async (i, req) => {
  const { role, tables } = synthetic.career(i, skillIds)
  const created = await payload.create({ collection: 'roles', data: role, req })
  roleIds.push(created.id)
  for (const table of tables) {
    const saved = await payload.create({
      collection: 'salary-tables',
      data: { ...table, role: created.id },
      req,
    })
    if (table.market === 'IN' && table.year === 2026) tableIds.push(saved.id)
  }
})
const articleIds: (number | string)[] = []
await inBatches(payload, 'comparisons', COMPARISONS, async (i, req) => {
  const created = await payload.create({
    collection: 'articles',
    data: synthetic.article(i * 5, roleIds),
    req,
  })
  articleIds.push(created.id)
})

// Every page a reader may save, with what it says now: each save starts out seen.
const pages = [
  ...roleIds.map((id) => ({ collection: 'roles' as const, id: String(id) })),
  ...articleIds.map((id) => ({ collection: 'articles' as const, id: String(id) })),
]
const facts = await currentPageFacts(payload, pages)
const readerIds: (number | string)[] = []
await inBatches(payload, `readers × ${SAVES} saves`, READERS, async (i, req) => {
  const reader = await payload.create({
    collection: 'readers',
    data: { email: `reader-${i}@scale.test`, weeklyDigest: true },
    req,
    overrideAccess: true,
  })
  readerIds.push(reader.id)
  for (let s = 0; s < SAVES; s++) {
    const page = pages[(i * 7 + s * 13) % pages.length]!
    await payload.create({
      collection: 'bookmarks',
      data: {
        reader: reader.id,
        page: { relationTo: page.collection, value: toDocId(payload, page.id) },
        seenAt: new Date().toISOString(),
        seenFacts: facts.get(pageKey(page.collection, page.id)),
      },
      req,
      overrideAccess: true,
    })
  }
})

const reader = String(readerIds[0])
await timed('/account overview (10 saved pages)', 5, () => accountOverview(payload, reader))
await timed('page view of a saved page, nothing changed', 5, () =>
  markSeen(payload, reader, pages[0]!),
)

// A week of edits: a fifth of the Indian tables get new bands.
await inBatches(payload, 'band changes', Math.ceil(tableIds.length / 5), async (i, req) => {
  const id = tableIds[i * 5]!
  const table = await payload.findByID({ collection: 'salary-tables', id, req, depth: 0 })
  await payload.update({
    collection: 'salary-tables',
    id,
    data: { rows: table.rows.map((row) => ({ ...row, min: row.min + 1, max: row.max + 1 })) },
    req,
  })
})
const account = await timed('/account overview after the changes', 5, () =>
  accountOverview(payload, reader),
)
console.log(`  ${account.saved.filter((page) => page.changes.length).length} of 10 marked changed`)

let mails = 0
const deliver = async () => void mails++
const started = performance.now()
const run = await sendWeeklyDigests(payload, { deliver })
console.log(
  `digest run for ${READERS} opted-in readers: ${(performance.now() - started).toFixed(0)} ms, ${JSON.stringify(run)}, ${mails} emails`,
)
const again = performance.now()
const second = await sendWeeklyDigests(payload, { deliver })
console.log(
  `second run the same week: ${(performance.now() - again).toFixed(0)} ms, ${JSON.stringify(second)}`,
)
await payload.destroy()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
