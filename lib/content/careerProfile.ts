import type { Role } from '@/payload-types'

import { type PayChange, payChange } from '../salaries/careerPay'
import type { CohortFigure } from '../salaries/reports/stats'
import { relatedCareers } from '../skills/graph'
import { type ArticleCard, listArticleCards } from './articles'
import { readCareerGraph } from './careerGraph'
import { type CareerLink, findCareerBySlug, findCareerLinks } from './careers'
import { resolveLinks } from './links'
import { findMediaById } from './media'
import { composedRead, type ReadPart } from './read'
import { readerFiguresOf } from './readerFigures'
import { internalLinkRefs, type LinkRef } from './richTextLinks'
import { findCareerPay } from './salaries'
import { type LatestSalaryTable, latestSalaryTables } from './salaryTables'

export { type CareerCard, type CareerLink, findCareerBySlug, listCareerCards } from './careers'

/** A related career as a profile lists it: with the skills in common and the pay difference. */
export type RelatedCareer = CareerLink & {
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
  const related = relatedCareers(await read(readCareerGraph), id)
  const pay = await read(findCareerPay, [id, ...related.map((r) => r.id)])
  const links = new Map(
    (
      await read(
        findCareerLinks,
        related.map((r) => r.id),
      )
    ).map((link) => [String(link.id), link]),
  )
  return related.flatMap(({ id: relatedId, shared, pinned }) => {
    const link = links.get(relatedId)
    return link ? [{ ...link, shared, pinned, pay: payChange(pay[id], pay[relatedId]) }] : []
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
