import type { Role } from '@/payload-types'

import { cacheTags } from '../platform/revalidate'
import { matchCareers, type NamedCareer } from '../search/careerNames'
import { type ContentReader, publicFind, publicFindAll } from './publicFind'
import { composedRead, publicRead, publicReadBySlug } from './read'
import { withSkillNames } from './skills'

export type CareerCard = Pick<
  Role,
  'id' | 'title' | 'slug' | 'summary' | 'demand' | 'entryDifficulty'
>
export type CareerLink = Pick<Role, 'id' | 'title' | 'slug' | 'summary'>

const ROLE_CARD = {
  title: true,
  slug: true,
  summary: true,
  demand: true,
  entryDifficulty: true,
} as const
const ROLE_LINK = { title: true, slug: true, summary: true } as const

const sortedIds = (ids: (number | string)[]) => [...new Set(ids.map(String))].sort()

/**
 * Every published career, by title: a few hundred bytes each, cached whole; lists page and order
 * them in memory.
 */
export const listCareerCards = publicRead(
  'role-cards',
  () => [cacheTags.roleList],
  async (reader: ContentReader): Promise<CareerCard[]> =>
    publicFindAll(reader, { collection: 'roles', select: ROLE_CARD, sort: 'title' }),
)

export type CareerChoice = Pick<Role, 'id' | 'title' | 'slug'>

/**
 * Every published career's name and address, by title: the options of the compare pickers. Tagged
 * apart from the full list, so editing a career's text does not re-render every page with a picker.
 */
export const listCareerChoices = publicRead(
  'career-choices',
  () => [cacheTags.roleNames],
  async (reader: ContentReader): Promise<CareerChoice[]> =>
    publicFindAll(reader, {
      collection: 'roles',
      select: { title: true, slug: true },
      sort: 'title',
    }),
)

/**
 * Published careers whose name answers what a reader typed, best first: a picker's suggestions.
 * Matched in memory against the cached list of names, so a keystroke costs no query and no query
 * string adds a cache entry.
 */
export const findCareerMatches = composedRead(async (read, query: string): Promise<NamedCareer[]> =>
  matchCareers(await read(listCareerChoices), query),
)

/** One published career, whole, by its slug (relations as ids: each is read and tagged on its own). */
export const findCareerBySlug = publicReadBySlug(
  'role-by-slug',
  (slug) => [cacheTags.roleSlug(slug), cacheTags.skills],
  async (reader: ContentReader, slug: string): Promise<Role | null> => {
    const { docs } = await publicFind(reader, {
      collection: 'roles',
      where: { slug: { equals: slug } },
      depth: 0,
      limit: 1,
    })
    const [role] = await withSkillNames(reader, docs)
    return role ?? null
  },
)

/** Published careers by id, whole, in the order asked; ids of careers readers may not see are left out. */
export const findCareersById = publicRead(
  'roles-by-id',
  (ids: (number | string)[]) => [...sortedIds(ids).map(cacheTags.role), cacheTags.skills],
  async (reader: ContentReader, ids: (number | string)[]): Promise<Role[]> => {
    if (ids.length === 0) return []
    const docs = await publicFindAll(reader, {
      collection: 'roles',
      where: { id: { in: sortedIds(ids) } },
    })
    const byId = new Map(
      (await withSkillNames(reader, docs)).map((role) => [String(role.id), role]),
    )
    return ids.flatMap((id) => byId.get(String(id)) ?? [])
  },
)

/** Title, slug and summary of published careers by id, for links to them. */
export const findCareerLinks = publicRead(
  'role-links',
  (ids: (number | string)[]) => sortedIds(ids).map(cacheTags.role),
  async (reader: ContentReader, ids: (number | string)[]): Promise<CareerLink[]> => {
    if (ids.length === 0) return []
    const docs = await publicFindAll(reader, {
      collection: 'roles',
      where: { id: { in: sortedIds(ids) } },
      select: ROLE_LINK,
    })
    const byId = new Map(docs.map((role) => [String(role.id), role]))
    return ids.flatMap((id) => byId.get(String(id)) ?? [])
  },
)
