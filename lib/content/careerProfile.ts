import type { Role } from '@/payload-types'

import { type PayChange, payChange } from '../salaries/careerPay'
import type { CohortFigure } from '../salaries/reports/stats'
import { type GraphCareer, relatedCareers } from '../skills/graph'
import { type ArticleCard, listArticleCards } from './articles'
import { readCareerGraph } from './careerGraph'
import { findCareerBySlug } from './careers'
import { resolveLinks } from './links'
import { findMediaById } from './media'
import { composedRead, type ReadPart } from './read'
import { readerFiguresOf } from './readerFigures'
import { internalLinkRefs, type LinkRef } from './richTextLinks'
import { findCareerPay } from './salaries'
import { type LatestSalaryTable, latestSalaryTables } from './salaryTables'

export { type CareerCard, type CareerLink, findCareerBySlug, listCareerCards } from './careers'

/** A related career as a profile lists it: with the skills in common and the pay difference. */
export type RelatedCareer = Pick<GraphCareer, 'id' | 'slug' | 'title'> & {
  /** Per cent of skills in common (lib/skills/graph.ts). */
  shared: number
  pinned: boolean
  pay: PayChange | null
}

export type CareerProfile = {
  /** With its SEO image populated, when the editor chose one. */
  role: Role
  related: RelatedCareer[]
  salaryTables: LatestSalaryTable[]
  /** Aggregates of readers' approved salary reports, for the cohorts large enough to show. */
  readerFigures: CohortFigure[]
  comparisons: ArticleCard[]
  /** Public addresses of the internal links in the overview. */
  links: Record<LinkRef, string>
}

/** The related careers of a career: computed from the graph, named and priced. */
async function relatedOf(read: ReadPart, id: string): Promise<RelatedCareer[]> {
  const graph = await read(readCareerGraph)
  const related = relatedCareers(graph, id)
  const pay = await read(findCareerPay, [id, ...related.map((r) => r.id)])
  // Names and addresses from the graph itself: a related career's other edits touch no other page.
  const byId = new Map(graph.map((career) => [career.id, career]))
  return related.flatMap(({ id: relatedId, shared, pinned }) => {
    const career = byId.get(relatedId)
    if (!career) return []
    const { slug, title } = career
    return [{ id: relatedId, slug, title, shared, pinned, pay: payChange(pay[id], pay[relatedId]) }]
  })
}

/** A career profile with its latest salary tables, related careers and published comparisons. */
export const getCareerProfile = composedRead(
  async (read, slug: string): Promise<CareerProfile | null> => {
    const role = await read(findCareerBySlug, slug)
    if (!role) return null
    const image = role.meta?.image
    const [salaryTables, figures, comparisons, related, links, shareImage] = await Promise.all([
      read(latestSalaryTables, [role.id]),
      read(readerFiguresOf, [role.id]),
      read(listArticleCards, { kind: 'comparison', comparing: role.id, limit: 50 }),
      relatedOf(read, String(role.id)),
      read(resolveLinks, internalLinkRefs(role.overview)),
      // The editor's share image, when one is chosen; read apart, as the role is read at depth 0.
      typeof image === 'number' || typeof image === 'string' ? read(findMediaById, image) : null,
    ])
    return {
      role: shareImage ? { ...role, meta: { ...role.meta, image: shareImage } } : role,
      related,
      salaryTables,
      readerFigures: figures[String(role.id)] ?? [],
      comparisons,
      links,
    }
  },
)
