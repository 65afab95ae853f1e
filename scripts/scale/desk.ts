/**
 * `npm run scale:desk`: how long the admin's desk (lib/editorial/desk) takes to read on the synthetic
 * catalogue (`npm run scale:fill` first), as an editor sees it: each list on its own, then the
 * whole desk, five times. Reads only, apart from one benchmark editor account it adds once.
 */
import { openScaleCatalogue } from './catalogue'

openScaleCatalogue()

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { loadDesk } = await import('../../lib/editorial/desk')
const { brokenArticles } = await import('../../lib/editorial/desk/broken')
const { careersWithoutCurrentTable, staleSalaryTables } =
  await import('../../lib/editorial/desk/gettingOld')
const { inReviewState } = await import('../../lib/editorial/desk/reviews')
const { scheduled } = await import('../../lib/editorial/desk/scheduled')
const { unpublishedChanges } = await import('../../lib/editorial/desk/unpublishedChanges')

const payload = await getPayload({ config })
const email = 'desk-benchmark@careerscope.test'
const found = await payload.find({ collection: 'users', where: { email: { equals: email } } })
const user =
  found.docs[0] ??
  (await payload.create({
    collection: 'users',
    data: { email, password: 'desk benchmark only 2026', name: 'Desk benchmark', role: 'editor' },
  }))
const viewer = { payload, user, now: new Date() }
const counts = {
  careers: (await payload.count({ collection: 'roles' })).totalDocs,
  articles: (await payload.count({ collection: 'articles' })).totalDocs,
  tables: (await payload.count({ collection: 'salary-tables' })).totalDocs,
}
console.log(
  `${process.env.DATABASE_URI}: ${counts.careers} careers, ${counts.tables} tables, ${counts.articles} articles`,
)

async function time(label: string, read: () => Promise<unknown>) {
  const started = performance.now()
  const result = await read()
  const ms = performance.now() - started
  const size = Array.isArray(result) ? ` (${result.length} items)` : ''
  console.log(`${label.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms${size}`)
  return ms
}

await time('ready for review', () => inReviewState(viewer, 'ready'))
await time('sent back', () => inReviewState(viewer, 'changes'))
await time('unpublished changes', () => unpublishedChanges(viewer))
await time('scheduled', () => scheduled(viewer))
await time('stale salary tables', () => staleSalaryTables(viewer))
await time('careers without a table', () => careersWithoutCurrentTable(viewer))
await time('broken', () => brokenArticles(viewer))
const whole: number[] = []
for (let run = 1; run <= 5; run++)
  whole.push(await time(`whole desk, run ${run}`, () => loadDesk(viewer)))
whole.sort((a, b) => a - b)
console.log(`whole desk: median ${whole[2]!.toFixed(0)} ms, best ${whole[0]!.toFixed(0)} ms`)
process.exit(0)
