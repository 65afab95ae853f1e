import type { Role } from '@/payload-types'

import type { CohortFigure } from '../salaries/reports/stats'
import { type ArticleCard, listArticleCards } from './articles'
import { type CareerLink, findCareerBySlug, findCareerLinks } from './careers'
import { resolveLinks } from './links'
import { findMediaById } from './media'
import { composedRead } from './read'
import { readerFiguresOf } from './readerFigures'
import { internalLinkRefs, type LinkRef } from './richTextLinks'
import { type LatestSalaryTable, latestSalaryTables } from './salaryTables'

export { type CareerCard, type CareerLink, findCareerBySlug, listCareerCards } from './careers'

export type CareerProfile = {
  /** With its SEO image populated, when the editor chose one. */
  role: Role
  related: CareerLink[]
  salaryTables: LatestSalaryTable[]
  /** Aggregates of readers' approved salary reports, for the cohorts large enough to show. */
  readerFigures: CohortFigure[]
  comparisons: ArticleCard[]
  /** Public addresses of the internal links in the overview. */
  links: Record<LinkRef, string>
}

const relationIds = (values: Role['relatedRoles']) =>
  (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))

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
      read(
        findCareerLinks,
        relationIds(role.relatedRoles).filter((id) => id !== role.id),
      ),
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
