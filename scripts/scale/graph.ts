/**
 * `npm run scale:graph`: how the career graph (lib/skills/graph.ts) behaves on the synthetic
 * catalogue (`npm run scale:fill` first): the read that rebuilds it after a publish, the related
 * lists and moves computed from it, and a moves page's data with nothing cached. Five runs each;
 * figures for notes, never a test. Reads only.
 */
import { openScaleCatalogue } from './catalogue'
import { timed } from './timed'

openScaleCatalogue()

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { readCareerGraph } = await import('../../lib/content/careerGraph')
const { getCareerMoves } = await import('../../lib/content/careerMoves')
const { movesFrom, rankMoves, relatedCareers } = await import('../../lib/skills/graph')

const payload = await getPayload({ config })
const reader = { payload }

const graph = await timed('graph rebuilt after a publish (one read of every career)', 5, () =>
  readCareerGraph.uncached(reader),
)
const skills = new Set(graph.flatMap((c) => [...c.skills, ...c.stages.flatMap((s) => s.skills)]))
console.log(
  `  ${graph.length} published careers, ${skills.size} skills, ${graph.reduce((n, c) => n + c.stages.length, 0)} stages, ${JSON.stringify(graph).length} bytes cached`,
)
const sample = graph.filter((_, i) => i % 10 === 0)
const perCareer = async (label: string, work: (id: string) => unknown) => {
  const started = performance.now()
  for (const career of sample) work(career.id)
  console.log(
    `${label.padEnd(62)} mean   ${((performance.now() - started) / sample.length).toFixed(2).padStart(7)} ms  (n=${sample.length})`,
  )
}
await perCareer('related careers of one career (pure, in memory)', (id) =>
  relatedCareers(graph, id),
)
await perCareer('moves from one career, ranked (pure, in memory)', (id) =>
  rankMoves(movesFrom(graph, id), () => null),
)
await timed('a moves page’s data, nothing cached (graph read included)', 5, () =>
  getCareerMoves.uncached(reader, sample[1]!.slug),
)
await payload.destroy()
process.exit(0)
