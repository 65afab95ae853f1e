import type { Role, SalaryTable } from '@/payload-types'

import { internalLinkRefs, type LinkRef } from '../richTextLinks'
import { type ArticleCard, listArticleCards } from './articles'
import { resolveLinks } from './links'
import { composedRead } from './read'
import { findRoleBySlug, findRoleLinks, type RoleLink } from './roles'
import { latestSalaryTables } from './salaryTables'

export { findRoleBySlug, listRoleCards, type RoleCard, type RoleLink } from './roles'

export type RoleProfile = {
  role: Role
  related: RoleLink[]
  salaryTables: SalaryTable[]
  comparisons: ArticleCard[]
  /** Public addresses of the internal links in the overview. */
  links: Record<LinkRef, string>
}

const relationIds = (values: Role['relatedRoles']) =>
  (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))

/** A career profile with its latest salary tables, related careers and published comparisons. */
export const getRoleProfile = composedRead(
  async (read, slug: string): Promise<RoleProfile | null> => {
    const role = await read(findRoleBySlug, slug)
    if (!role) return null
    const [salaryTables, comparisons, related, links] = await Promise.all([
      read(latestSalaryTables, [role.id]),
      read(listArticleCards, { kind: 'comparison', comparing: role.id, limit: 50 }),
      read(
        findRoleLinks,
        relationIds(role.relatedRoles).filter((id) => id !== role.id),
      ),
      read(resolveLinks, internalLinkRefs(role.overview)),
    ])
    return { role, related, salaryTables, comparisons, links }
  },
)
