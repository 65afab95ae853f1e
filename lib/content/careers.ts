import type { Role, SalaryTable } from '@/payload-types'

import { CONTENT_TAGS } from '../revalidate'
import { type ArticleCard, listArticleCards } from './articles'
import { type ContentReader, publicFind } from './publicFind'
import { publicRead, publicReadBySlug } from './read'
import { latestSalaryTables } from './salaryTables'
import { visible } from './visible'

const { roles, articles } = CONTENT_TAGS
const salaries = CONTENT_TAGS['salary-tables']

export type RoleCard = Pick<Role, 'id' | 'title' | 'slug' | 'summary' | 'demand'>
export type RoleLink = Pick<Role, 'id' | 'title' | 'slug' | 'summary'>

const ROLE_CARD = { title: true, slug: true, summary: true, demand: true } as const

/** Published careers, by title. */
export const listRoleCards = publicRead(
  'role-cards',
  [roles],
  async (reader: ContentReader, { limit = 500 }: { limit?: number } = {}): Promise<RoleCard[]> => {
    const { docs } = await publicFind(reader, {
      collection: 'roles',
      select: ROLE_CARD,
      sort: 'title',
      limit,
      depth: 0,
    })
    return docs
  },
)

export type RoleProfile = {
  role: Role
  related: RoleLink[]
  salaryTables: SalaryTable[]
  comparisons: ArticleCard[]
}

/** A career profile with its latest salary tables, related careers and published comparisons. */
export const getRoleProfile = publicReadBySlug(
  'role-profile',
  [roles, salaries, articles],
  async (reader: ContentReader, slug: string): Promise<RoleProfile | null> => {
    const { docs } = await publicFind(reader, {
      collection: 'roles',
      where: { slug: { equals: slug } },
      populate: { roles: { title: true, slug: true, summary: true } },
      depth: 1,
      limit: 1,
    })
    const role = docs[0]
    if (!role) return null
    const [salaryTables, comparisons] = await Promise.all([
      latestSalaryTables(reader, [role.id]),
      listArticleCards.uncached(reader, { kind: 'comparison', comparing: role.id, limit: 50 }),
    ])
    return { role, related: visible<RoleLink>(role.relatedRoles), salaryTables, comparisons }
  },
)
